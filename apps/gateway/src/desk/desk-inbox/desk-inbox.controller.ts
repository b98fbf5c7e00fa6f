import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeskInbox, DeskInboxQuery, type DeskDossierView } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { DESK_DOSSIER_EXAMPLE, exampleOf } from '../../http/openapi/examples';

@ApiTags('desk')
@ApiDownstreamErrors()
@Controller('api/desk')
export class DeskInboxController {
  constructor(private readonly downstream: Downstream) {}

  @Get('inbox')
  @Roles('desk-clerk', 'after-hours-clerk')
  @ApiOperation({ summary: "The desk's dossiers, optionally by status (intake; own unit)" })
  @ApiOkResponse(exampleOf('DeskDossierView[]', [DESK_DOSSIER_EXAMPLE]))
  inbox(@StaffQuery(DeskInboxQuery) query: DeskInboxQuery): Promise<DeskDossierView[]> {
    return this.downstream.call(DeskInbox, query);
  }
}
