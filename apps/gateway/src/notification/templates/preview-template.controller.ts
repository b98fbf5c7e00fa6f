import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PreviewTemplate, TemplateText, type StaffActor, type TemplatePreview } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';

@ApiTags('notification')
@ApiDownstreamErrors()
@Controller('api/notification/templates')
export class PreviewTemplateController {
  constructor(private readonly downstream: Downstream) {}

  @Post('preview')
  @HttpCode(200)
  @Roles('province-admin')
  @ApiOperation({ summary: 'Render wording being edited with sample data, with SMS parts and every problem; nothing is stored (notification)' })
  @ApiBody({ schema: contractSchema(TemplateText) })
  @ApiOkResponse({ description: 'TemplatePreview' })
  preview(@Actor() actor: StaffActor, @Body(new ContractBodyPipe(TemplateText)) template: TemplateText): Promise<TemplatePreview> {
    return this.downstream.call(PreviewTemplate, { actor, template });
  }
}
