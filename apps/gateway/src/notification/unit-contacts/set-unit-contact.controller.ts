import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { SetUnitContact, UnitContactBody, type StaffActor, type UnitContactView } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';
import { UnitCodeParam } from './unit-code.param';

@ApiTags('notification')
@ApiDownstreamErrors()
@Controller('api/notification/unit-contacts')
export class SetUnitContactController {
  constructor(private readonly downstream: Downstream) {}

  @Put(':unitCode')
  @Roles('unit-admin', 'province-admin')
  @ApiOperation({ summary: "Where a unit's staff alerts go (duty phone and mailbox): a unit's own administrator, or the province's (notification)" })
  @ApiParam({ name: 'unitCode', schema: { type: 'string', pattern: '^[A-Za-z0-9.]{1,32}$' } })
  @ApiBody({ schema: contractSchema(UnitContactBody) })
  @ApiOkResponse({ description: 'UnitContactView' })
  set(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Param('unitCode', UnitCodeParam) unitCode: string,
    @Body(new ContractBodyPipe(UnitContactBody)) body: UnitContactBody,
  ): Promise<UnitContactView> {
    return this.downstream.call(SetUnitContact, { idempotencyKey, actor, unitCode, body });
  }
}
