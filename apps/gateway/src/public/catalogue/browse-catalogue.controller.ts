import { Controller, Get, Header, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { PublicCatalogue, PublicCatalogueQuery } from '@motcua/contracts';
import { PublicEndpoint } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { QueryParams } from '../../http/input/staff-query.decorator';
import { ErrorResponseDoc } from '../../http/openapi/api-docs.decorators';
import { PublicCatalogueRateLimit } from '../rate-limit/public-lookup-rate-limit.guard';
import { PublicProcedureView, toPublicProcedureView } from './public-procedure.view';

@ApiTags('public')
@Controller('api/public/procedures')
export class BrowseCatalogueController {
  constructor(private readonly downstream: Downstream) {}

  @Get()
  @PublicEndpoint()
  @UseGuards(PublicCatalogueRateLimit)
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'The procedure catalogue for citizens: name, documents, time limit, fees, where to submit (no login; routing)' })
  @ApiOkResponse({ type: [PublicProcedureView] })
  @ApiResponse({ status: 400, type: ErrorResponseDoc, description: 'Unknown or invalid query parameter (named)' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDoc, description: 'Too many requests from this address; see Retry-After' })
  @ApiResponse({ status: 503, type: ErrorResponseDoc, description: 'The routing service did not answer in time' })
  async browse(@QueryParams(PublicCatalogueQuery) query: PublicCatalogueQuery): Promise<PublicProcedureView[]> {
    return (await this.downstream.call(PublicCatalogue, query)).map(toPublicProcedureView);
  }
}
