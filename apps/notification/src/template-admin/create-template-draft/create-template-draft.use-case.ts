import { Inject, Injectable } from '@nestjs/common';
import type { CreateTemplateDraftCommand, TemplateWithPreview } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { assertTemplateEditor } from '../../authorization/notification-access';
import { CLOCK, type Clock } from '../../clock/clock';
import { previewTemplate } from '../../templates/preview-template';
import { ReferenceReplica } from '../../reference/reference-replica';
import { TemplateStore } from '../../templates/template-store';

/**
 * A new version of a kind's wording on a channel, as a draft. The answer carries its preview with sample data
 * and its problems: a draft may have problems, a published template may not.
 */
@Injectable()
export class CreateTemplateDraftUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly templates: TemplateStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reference: ReferenceReplica,
  ) {}

  execute(command: CreateTemplateDraftCommand): Promise<TemplateWithPreview> {
    assertTemplateEditor(command.actor, this.reference, this.clock.now());
    const { actor, body } = command;
    return runIdempotent(this.runner, { command: 'create-template-draft', key: command.idempotencyKey, request: { actor, body } }, async (uow) => {
      const template = await this.templates.createDraft(uow.manager, body, actor.staffId, this.clock.now());
      return { template, preview: previewTemplate(body) };
    });
  }
}
