import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { SetProvinceDays, SetProvinceDaysBody, type CalendarYearView, type StaffActor } from '@motcua/contracts';
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
@Controller('api/calendar/province-days')
export class SetProvinceDaysController {
  constructor(private readonly downstream: Downstream) {}

  @Put(':year')
  @Roles('province-admin')
  @ApiOperation({ summary: "Your province's own days of a year (extra days off, weekend days worked), replacing that year's list (scheduling)" })
  @ApiParam({ name: 'year', example: 2026 })
  @ApiBody({ schema: contractSchema(SetProvinceDaysBody) })
  @ApiOkResponse({ description: 'CalendarYearView of the province' })
  set(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Param('year', new YearParam()) year: number,
    @Body(new ContractBodyPipe(SetProvinceDaysBody)) body: SetProvinceDaysBody,
  ): Promise<CalendarYearView> {
    return this.downstream.call(SetProvinceDays, { idempotencyKey, actor, year, body });
  }
}
