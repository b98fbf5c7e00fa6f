import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CloseQueueTicket, type QueueTicketView, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { UuidParam } from '../scheduling-params';

@ApiTags('queue')
@ApiDownstreamErrors()
@Controller('api/queue/tickets')
export class ServeTicketController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':id/serve')
  @HttpCode(200)
  @Roles('desk-clerk', 'after-hours-clerk')
  @ApiOperation({ summary: 'Mark a called number served (scheduling)' })
  @ApiParam({ name: 'id', description: 'Ticket id', schema: { type: 'string', format: 'uuid' } })
  @ApiOkResponse({ description: 'QueueTicketView' })
  serve(@Actor() actor: StaffActor, @IdempotencyKey() idempotencyKey: string, @Param('id', UuidParam) ticketId: string): Promise<QueueTicketView> {
    return this.downstream.call(CloseQueueTicket, { idempotencyKey, actor, ticketId, outcome: 'served' });
  }
}
