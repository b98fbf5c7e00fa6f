import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeliveryReport, DeliveryReportQuery, type DeliveryReportPage } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';

@ApiTags('notification')
@ApiDownstreamErrors()
@Controller('api/notification/deliveries')
export class DeliveryReportController {
  constructor(private readonly downstream: Downstream) {}

  @Get()
  @Roles('desk-clerk', 'after-hours-clerk', 'office-head', 'unit-admin', 'auditor', 'province-admin')
  @ApiOperation({
    summary:
      'Messages of a period with their status, a page at a time (status=undelivered: what did not get through); your unit only, any unit for auditors (notification)',
  })
  @ApiOkResponse({ description: 'DeliveryReportPage' })
  report(@StaffQuery(DeliveryReportQuery, ['limit']) query: DeliveryReportQuery): Promise<DeliveryReportPage> {
    return this.downstream.call(DeliveryReport, query);
  }
}
