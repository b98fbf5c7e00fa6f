import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateTemplateDraft, TemplateText, type StaffActor, type TemplateWithPreview } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';

@ApiTags('notification')
@ApiDownstreamErrors()
@Controller('api/notification/templates')
export class CreateTemplateDraftController {
  constructor(private readonly downstream: Downstream) {}

  @Post()
  @Roles('province-admin')
  @ApiOperation({ summary: 'Save new wording as a draft version; the answer previews it with sample data and lists its problems (notification)' })
  @ApiBody({ schema: contractSchema(TemplateText) })
  @ApiCreatedResponse({ description: 'TemplateWithPreview' })
  create(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Body(new ContractBodyPipe(TemplateText)) body: TemplateText,
  ): Promise<TemplateWithPreview> {
    return this.downstream.call(CreateTemplateDraft, { idempotencyKey, actor, body });
  }
}
