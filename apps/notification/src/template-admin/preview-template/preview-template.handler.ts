import { Controller } from '@nestjs/common';
import { PreviewTemplate, type PreviewTemplateQuery, type TemplatePreview } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { assertTemplateAdmin } from '../../authorization/notification-access';
import { previewTemplate } from '../../templates/preview-template';

/** Renders wording being edited with the kind's sample data: nothing is stored. */
@Controller()
export class PreviewTemplateHandler {
  @OnRpc(PreviewTemplate)
  preview(query: PreviewTemplateQuery): TemplatePreview {
    assertTemplateAdmin(query.actor);
    return previewTemplate(query.template);
  }
}
