import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { SetOfficialYear, SetOfficialYearBody, type CalendarYearView, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';
import { YearParam } from '../scheduling-params';

@ApiTags('calendar')
@ApiDownstreamErrors()
@Controller('api/calendar/official-years')
export class SetOfficialYearController {
  constructor(private readonly downstream: Downstream) {}

  @Put(':year')
  @Roles('province-admin')
  @ApiOperation({ summary: "Enter a year's official notice (Tết days, Hùng Kings, 2 Sep's neighbour, swap days); new deadlines count on it at once (scheduling)" })
  @ApiParam({ name: 'year', example: 2027 })
  @ApiBody({ schema: contractSchema(SetOfficialYearBody) })
  @ApiOkResponse({ description: 'CalendarYearView' })
  set(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Param('year', new YearParam()) year: number,
    @Body(new ContractBodyPipe(SetOfficialYearBody)) body: SetOfficialYearBody,
  ): Promise<CalendarYearView> {
    return this.downstream.call(SetOfficialYear, { idempotencyKey, actor, year, body });
  }
}
