import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CallNextTicket, type QueueTicketView, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { CounterCodeParam } from '../scheduling-params';

@ApiTags('queue')
@ApiDownstreamErrors()
@Controller('api/queue/counters')
export class CallNextController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':counter/call-next')
  @HttpCode(200)
  @Roles('desk-clerk', 'after-hours-clerk')
  @ApiOperation({ summary: "Call the next waiting number of today's queue at a counter of your unit (scheduling)" })
  @ApiParam({ name: 'counter', example: 'quay-1' })
  @ApiOkResponse({ description: 'QueueTicketView' })
  callNext(@Actor() actor: StaffActor, @IdempotencyKey() idempotencyKey: string, @Param('counter', CounterCodeParam) counterCode: string): Promise<QueueTicketView> {
    return this.downstream.call(CallNextTicket, { idempotencyKey, actor, counterCode });
  }
}
