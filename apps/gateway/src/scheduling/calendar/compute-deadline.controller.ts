import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ComputeDeadline, ComputeDeadlineBody, type DeadlineView, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { ANY_STAFF_ROLE, Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';

@ApiTags('calendar')
@ApiDownstreamErrors()
@Controller('api/calendar/deadline')
export class ComputeDeadlineController {
  constructor(private readonly downstream: Downstream) {}

  @Post()
  @HttpCode(200)
  @Roles(...ANY_STAFF_ROLE)
  @ApiOperation({ summary: 'Deadline arithmetic: due instant after pauses (supplement restarts, suspensions add), and late / near-late / not yet due (scheduling)' })
  @ApiBody({ schema: contractSchema(ComputeDeadlineBody) })
  @ApiOkResponse({ description: 'DeadlineView' })
  compute(@Actor() actor: StaffActor, @Body(new ContractBodyPipe(ComputeDeadlineBody)) body: ComputeDeadlineBody): Promise<DeadlineView> {
    return this.downstream.call(ComputeDeadline, { actor, body });
  }
}
