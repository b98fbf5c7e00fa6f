import { Body, Controller, Header, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { NotAudited } from '../../audit/record/audit-metadata';
import { PublicEndpoint } from '../../auth/roles.decorator';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { ApiJsonBody, ErrorResponseDoc } from '../../http/openapi/api-docs.decorators';
import { PublicLookupRateLimit } from '../rate-limit/public-lookup-rate-limit.guard';
import { DossierStatusLookupBody, PublicDossierStatusView } from './dossier-status.body';
import { LookUpDossierStatus } from './look-up-dossier-status.use-case';

@ApiTags('public')
@Controller('api/public')
export class DossierStatusController {
  constructor(private readonly lookUp: LookUpDossierStatus) {}

  @Post('dossier-status')
  @HttpCode(200)
  @PublicEndpoint()
  @NotAudited()
  @UseGuards(PublicLookupRateLimit)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "Citizen's status lookup: dossier code plus the last 4 digits of the applicant's phone or ID number (no login)",
    description:
      'Rate-limited per client address and per dossier code (failed attempts). "No such dossier" and "wrong digits" get the same 404. The answer holds no personal data.',
  })
  @ApiJsonBody(DossierStatusLookupBody, { dossierCode: '000.72.69.H20-260302-0001', secondFactor: '5678' })
  @ApiOkResponse({ type: PublicDossierStatusView })
  @ApiResponse({ status: 400, type: ErrorResponseDoc, description: 'Malformed code or factor (fields named)' })
  @ApiNotFoundResponse({ type: ErrorResponseDoc, description: 'dossier_not_found: no dossier with this code and these digits' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDoc, description: 'rate_limited (this address) or lookup_locked (this code); see Retry-After' })
  @ApiResponse({ status: 503, type: ErrorResponseDoc, description: 'The tracking service did not answer in time, or the gateway is overloaded (code overloaded, Retry-After)' })
  status(@Body(new ContractBodyPipe(DossierStatusLookupBody)) body: DossierStatusLookupBody): Promise<PublicDossierStatusView> {
    return this.lookUp.execute(body);
  }
}
