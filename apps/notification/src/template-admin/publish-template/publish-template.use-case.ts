import { Inject, Injectable } from '@nestjs/common';
import { AppError, type PublishTemplateCommand, type TemplateWithPreview } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { assertTemplateEditor } from '../../authorization/notification-access';
import { CLOCK, type Clock } from '../../clock/clock';
import { previewTemplate } from '../../templates/preview-template';
import { ReferenceReplica } from '../../reference/reference-replica';
import { TemplateStore } from '../../templates/template-store';

/**
 * Puts a draft in use for its kind and channel (the version in use is retired). Refused, with every problem named,
 * when it uses a value its event does not supply, breaks a placeholder, or is too long for its channel: the error
 * belongs here, not as a hole in a citizen's SMS.
 */
@Injectable()
export class PublishTemplateUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly templates: TemplateStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reference: ReferenceReplica,
  ) {}

  execute(command: PublishTemplateCommand): Promise<TemplateWithPreview> {
    assertTemplateEditor(command.actor, this.reference, this.clock.now());
    const { actor, kind, channel, version } = command;
    return runIdempotent(this.runner, { command: 'publish-template', key: command.idempotencyKey, request: { actor, kind, channel, version } }, async (uow) => {
      await this.templates.lock(uow.manager, kind, channel);
      const draft = await this.templates.get(uow.manager, kind, channel, version);
      if (!draft) throw AppError.notFound(`mẫu tin nhắn ${kind}/${channel} phiên bản ${version}`);
      if (draft.status !== 'draft') throw AppError.conflict('not_a_draft', `Mẫu tin nhắn ${kind}/${channel} phiên bản ${version} không phải bản nháp (trạng thái: ${draft.status})`);
      const preview = previewTemplate({
        kind,
        channel,
        body: draft.body,
        ...(draft.subject !== null ? { subject: draft.subject } : {}),
        ...(draft.providerTemplateId !== null ? { providerTemplateId: draft.providerTemplateId } : {}),
      });
      if (preview.problems.length > 0) {
        throw AppError.rule('template_has_problems', 'Mẫu tin có lỗi, chưa thể áp dụng; xem danh sách lỗi', preview.problems);
      }
      const template = await this.templates.publish(uow.manager, draft, actor.staffId, this.clock.now());
      return { template, preview };
    });
  }
}
