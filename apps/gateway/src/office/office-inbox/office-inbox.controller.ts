import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OfficeInbox, OfficeInboxQuery, type Page, type TransferView } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { exampleOf, TRANSFER_EXAMPLE } from '../../http/openapi/examples';

@ApiTags('office')
@ApiDownstreamErrors()
@Controller('api/office')
export class OfficeInboxController {
  constructor(private readonly downstream: Downstream) {}

  @Get('inbox')
  @Roles('office-handler', 'office-head', 'auditor')
  @ApiOperation({ summary: 'Transfers addressed to your office, paged (relay)' })
  @ApiOkResponse(exampleOf('Page<TransferView>', { items: [TRANSFER_EXAMPLE], total: 1, page: 1, pageSize: 50 }))
  inbox(@StaffQuery(OfficeInboxQuery, ['page', 'pageSize']) query: OfficeInboxQuery): Promise<Page<TransferView>> {
    return this.downstream.call(OfficeInbox, query);
  }
}
