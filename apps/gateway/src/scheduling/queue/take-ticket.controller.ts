import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { TakeQueueTicket, TakeQueueTicketBody, type QueueTicketView } from '@motcua/contracts';
import { PublicEndpoint } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors, ErrorResponseDoc } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';
import { PublicSchedulingRateLimit } from '../scheduling-params';

@ApiTags('public')
@ApiDownstreamErrors()
@Controller('api/public/queue/tickets')
export class TakeTicketController {
  constructor(private readonly downstream: Downstream) {}

  @Post()
  @PublicEndpoint()
  @UseGuards(PublicSchedulingRateLimit)
  @ApiOperation({ summary: "Take a number for a counter's walk-in queue (the kiosk; no login; scheduling)" })
  @ApiBody({ schema: contractSchema(TakeQueueTicketBody) })
  @ApiCreatedResponse({ description: 'QueueTicketView' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDoc, description: 'Too many requests from this address; see Retry-After' })
  take(@IdempotencyKey() idempotencyKey: string, @Body(new ContractBodyPipe(TakeQueueTicketBody)) body: TakeQueueTicketBody): Promise<QueueTicketView> {
    return this.downstream.call(TakeQueueTicket, { idempotencyKey, body });
  }
}
