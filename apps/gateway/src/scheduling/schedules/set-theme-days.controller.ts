import { Body, Controller, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SetThemeDays, SetThemeDaysBody, type StaffActor, type UnitScheduleView } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';

@ApiTags('schedules')
@ApiDownstreamErrors()
@Controller('api/schedules/theme-days')
export class SetThemeDaysController {
  constructor(private readonly downstream: Downstream) {}

  @Put()
  @Roles('unit-admin', 'province-admin')
  @ApiOperation({ summary: "A unit's theme days (no-appointment, no-writing, online paperless) on configured weekdays, as a whole list (scheduling)" })
  @ApiBody({ schema: contractSchema(SetThemeDaysBody) })
  @ApiOkResponse({ description: 'UnitScheduleView' })
  set(@Actor() actor: StaffActor, @IdempotencyKey() idempotencyKey: string, @Body(new ContractBodyPipe(SetThemeDaysBody)) body: SetThemeDaysBody): Promise<UnitScheduleView> {
    return this.downstream.call(SetThemeDays, { idempotencyKey, actor, body });
  }
}
