import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { CancelBooking, CancelBookingBody, type BookingView } from '@motcua/contracts';
import { PublicEndpoint } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors, ErrorResponseDoc } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';
import { BookingCodeParam, PublicSchedulingRateLimit } from '../scheduling-params';

@ApiTags('public')
@ApiDownstreamErrors()
@Controller('api/public/bookings')
export class CancelBookingController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':code/cancel')
  @HttpCode(200)
  @PublicEndpoint()
  @UseGuards(PublicSchedulingRateLimit)
  @ApiOperation({ summary: "Cancel a booking with its code and the phone's last 4 digits (no login; scheduling)" })
  @ApiParam({ name: 'code', example: 'DL-7K3M-9QX2' })
  @ApiBody({ schema: contractSchema(CancelBookingBody) })
  @ApiOkResponse({ description: 'BookingView' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDoc, description: 'Too many requests from this address; see Retry-After' })
  cancel(
    @IdempotencyKey() idempotencyKey: string,
    @Param('code', BookingCodeParam) bookingCode: string,
    @Body(new ContractBodyPipe(CancelBookingBody)) body: CancelBookingBody,
  ): Promise<BookingView> {
    return this.downstream.call(CancelBooking, { idempotencyKey, bookingCode, body });
  }
}
