import { Body, Controller, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SetDeskHours, SetDeskHoursBody, type StaffActor, type UnitScheduleView } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';

@ApiTags('schedules')
@ApiDownstreamErrors()
@Controller('api/schedules/desk-hours')
export class SetDeskHoursController {
  constructor(private readonly downstream: Downstream) {}

  @Put()
  @Roles('unit-admin', 'province-admin')
  @ApiOperation({ summary: "A unit's regular desk hours, on legal working days (scheduling)" })
  @ApiBody({ schema: contractSchema(SetDeskHoursBody) })
  @ApiOkResponse({ description: 'UnitScheduleView' })
  set(@Actor() actor: StaffActor, @IdempotencyKey() idempotencyKey: string, @Body(new ContractBodyPipe(SetDeskHoursBody)) body: SetDeskHoursBody): Promise<UnitScheduleView> {
    return this.downstream.call(SetDeskHours, { idempotencyKey, actor, body });
  }
}
