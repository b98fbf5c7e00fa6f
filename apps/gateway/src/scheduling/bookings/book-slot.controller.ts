import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { BookSlot, BookSlotBody, type BookingView } from '@motcua/contracts';
import { PublicEndpoint } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors, ErrorResponseDoc } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';
import { PublicSchedulingRateLimit } from '../scheduling-params';

@ApiTags('public')
@ApiDownstreamErrors()
@Controller('api/public/bookings')
export class BookSlotController {
  constructor(private readonly downstream: Downstream) {}

  @Post()
  @PublicEndpoint()
  @UseGuards(PublicSchedulingRateLimit)
  @ApiOperation({ summary: 'Book a slot of an after-hours session: a booking code, a confirmation by SMS / e-mail (no login; scheduling)' })
  @ApiBody({ schema: contractSchema(BookSlotBody) })
  @ApiCreatedResponse({ description: 'BookingView' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDoc, description: 'Too many requests from this address; see Retry-After' })
  book(@IdempotencyKey() idempotencyKey: string, @Body(new ContractBodyPipe(BookSlotBody)) body: BookSlotBody): Promise<BookingView> {
    return this.downstream.call(BookSlot, { idempotencyKey, body });
  }
}
