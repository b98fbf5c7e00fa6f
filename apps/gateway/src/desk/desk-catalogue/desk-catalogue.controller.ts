import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeskCatalogue, DeskCatalogueQuery, type DeskCatalogueView } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';

@ApiTags('desk')
@ApiDownstreamErrors()
@Controller('api/desk/procedures')
export class DeskCatalogueController {
  constructor(private readonly downstream: Downstream) {}

  @Get()
  @Roles('desk-clerk', 'after-hours-clerk')
  @ApiOperation({ summary: 'What your desk may receive today, whole: document codes and flags, fees and exemptions, after-hours rules, bundles (routing)' })
  @ApiOkResponse({ description: 'DeskCatalogueView' })
  catalogue(@StaffQuery(DeskCatalogueQuery) query: DeskCatalogueQuery): Promise<DeskCatalogueView> {
    return this.downstream.call(DeskCatalogue, query);
  }
}
