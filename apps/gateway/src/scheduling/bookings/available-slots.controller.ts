import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { AvailableSlots, AvailableSlotsQuery, type AvailableSlotsView } from '@motcua/contracts';
import { PublicEndpoint } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { QueryParams } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors, ErrorResponseDoc } from '../../http/openapi/api-docs.decorators';
import { PublicSchedulingRateLimit } from '../scheduling-params';

@ApiTags('public')
@ApiDownstreamErrors()
@Controller('api/public/slots')
export class AvailableSlotsController {
  constructor(private readonly downstream: Downstream) {}

  @Get()
  @PublicEndpoint()
  @UseGuards(PublicSchedulingRateLimit)
  @ApiOperation({ summary: "A unit's after-hours sessions on a day and the seats left per slot (no login; scheduling)" })
  @ApiOkResponse({ description: 'AvailableSlotsView' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDoc, description: 'Too many requests from this address; see Retry-After' })
  slots(@QueryParams(AvailableSlotsQuery) query: AvailableSlotsQuery): Promise<AvailableSlotsView> {
    return this.downstream.call(AvailableSlots, query);
  }
}
