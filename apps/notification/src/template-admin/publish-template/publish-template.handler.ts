import { Controller } from '@nestjs/common';
import { PublishTemplate, type PublishTemplateCommand, type TemplateWithPreview } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { PublishTemplateUseCase } from './publish-template.use-case';

@Controller()
export class PublishTemplateHandler {
  constructor(private readonly useCase: PublishTemplateUseCase) {}

  @OnRpc(PublishTemplate)
  handle(command: PublishTemplateCommand): Promise<TemplateWithPreview> {
    return this.useCase.execute(command);
  }
}
