import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TemplateCatalogue, TemplateCatalogueQuery, type TemplateKindView } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';

@ApiTags('notification')
@ApiDownstreamErrors()
@Controller('api/notification/templates')
export class TemplateCatalogueController {
  constructor(private readonly downstream: Downstream) {}

  @Get()
  @Roles('province-admin')
  @ApiOperation({ summary: 'Every kind of message, the values its templates may use (with samples), and all versions per channel (notification)' })
  @ApiOkResponse({ description: 'TemplateKindView[]' })
  catalogue(@StaffQuery(TemplateCatalogueQuery) query: TemplateCatalogueQuery): Promise<TemplateKindView[]> {
    return this.downstream.call(TemplateCatalogue, query);
  }
}
