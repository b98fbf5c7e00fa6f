import { Controller } from '@nestjs/common';
import { CreateTemplateDraft, type CreateTemplateDraftCommand, type TemplateWithPreview } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { CreateTemplateDraftUseCase } from './create-template-draft.use-case';

@Controller()
export class CreateTemplateDraftHandler {
  constructor(private readonly useCase: CreateTemplateDraftUseCase) {}

  @OnRpc(CreateTemplateDraft)
  handle(command: CreateTemplateDraftCommand): Promise<TemplateWithPreview> {
    return this.useCase.execute(command);
  }
}
