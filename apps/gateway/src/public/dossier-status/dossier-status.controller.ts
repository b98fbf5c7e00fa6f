import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DossierStatusRpc, type PublicDossierStatus } from '@motcua/contracts';
import { PublicEndpoint } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { DossierCodeParam } from '../../http/input/path-params';
import { ApiDossierCodeParam, ApiDownstreamErrors, ErrorResponseDoc } from '../../http/openapi/api-docs.decorators';
import { PublicLookupRateLimit } from '../rate-limit/public-lookup-rate-limit.guard';

@ApiTags('public')
@ApiDownstreamErrors()
@Controller('api/public/dossiers')
export class DossierStatusController {
  constructor(private readonly downstream: Downstream) {}

  @Get(':code')
  @PublicEndpoint()
  @UseGuards(PublicLookupRateLimit)
  @ApiOperation({ summary: "Citizen's status lookup by dossier code, no login, rate-limited per IP; no personal data (tracking)" })
  @ApiDossierCodeParam()
  @ApiOkResponse({ description: 'PublicDossierStatus' })
  @ApiResponse({ status: 429, type: ErrorResponseDoc, description: 'Too many lookups from this address; see Retry-After' })
  status(@Param('code', DossierCodeParam) dossierCode: string): Promise<PublicDossierStatus> {
    return this.downstream.call(DossierStatusRpc, { dossierCode });
  }
}
