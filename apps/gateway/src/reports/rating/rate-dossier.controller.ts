import { Body, Controller, Header, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { PublicEndpoint } from '../../auth/roles.decorator';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { ApiJsonBody, ErrorResponseDoc } from '../../http/openapi/api-docs.decorators';
import { PublicLookupRateLimit } from '../../public/rate-limit/public-lookup-rate-limit.guard';
import { DossierRatingView, RateDossierRequest } from './rate-dossier.body';
import { RateDossierUseCase } from './rate-dossier.use-case';

@ApiTags('public')
@Controller('api/public')
export class RateDossierController {
  constructor(private readonly rate: RateDossierUseCase) {}

  @Post('dossier-rating')
  @HttpCode(200)
  @PublicEndpoint()
  @UseGuards(PublicLookupRateLimit)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "The citizen rates the service once the result is handed over: dossier code plus the last 4 digits, one rating per dossier (no login)",
    description:
      'Rate-limited per client address like the status lookup, and sharing its failed-attempt budget per dossier code. The same rating sent again answers the stored one.',
  })
  @ApiJsonBody(RateDossierRequest, { dossierCode: '000.72.69.H20-260302-0001', secondFactor: '5678', rating: 'satisfied' })
  @ApiOkResponse({ type: DossierRatingView })
  @ApiResponse({ status: 400, type: ErrorResponseDoc, description: 'Malformed code, factor or rating (fields named)' })
  @ApiNotFoundResponse({ type: ErrorResponseDoc, description: 'dossier_not_found: no dossier with this code and these digits' })
  @ApiConflictResponse({ type: ErrorResponseDoc, description: 'already_rated: a different rating was given before' })
  @ApiResponse({ status: 422, type: ErrorResponseDoc, description: 'not_handed_over: the result has not been handed over yet' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDoc, description: 'rate_limited (this address) or lookup_locked (this code); see Retry-After' })
  rateDossier(@Body(new ContractBodyPipe(RateDossierRequest)) body: RateDossierRequest): Promise<DossierRatingView> {
    return this.rate.execute(body);
  }
}
