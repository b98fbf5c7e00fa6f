import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope, StaffQueryEnvelope } from '../../core/envelopes';
import { NestedObject } from '../../core/nested-object';
import type { FieldProblem } from '../../errors/app-error';
import { NOTIFY_CHANNELS, TEMPLATE_KINDS, type NotifyChannel, type TemplateKind } from '../../values/notification/notification-values';

export const TEMPLATE_STATUSES = ['draft', 'published', 'retired'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** The wording of one template version; placeholders are `{name}`, from the kind's catalogue. */
export class TemplateText {
  @IsIn(TEMPLATE_KINDS) kind: TemplateKind;
  @IsIn(NOTIFY_CHANNELS) channel: NotifyChannel;
  /** E-mail only. */
  @IsOptional() @IsString() @Length(1, 200) subject?: string;
  @IsString() @Length(1, 2000) body: string;
  /** Zalo only: the ZNS template id Zalo approved for this wording (ZNS sends registered templates, not free text). */
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'phải là mã mẫu ZNS' }) providerTemplateId?: string;
}

export interface TemplateView {
  kind: TemplateKind;
  channel: NotifyChannel;
  version: number;
  status: TemplateStatus;
  subject: string | null;
  body: string;
  providerTemplateId: string | null;
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
}

/** A template rendered with the kind's sample data, and what would stop it from being published. */
export interface TemplatePreview {
  subject: string | null;
  body: string;
  characters: number;
  /** SMS only: parts the text costs (UCS-2 for Vietnamese diacritics: 70 characters, 67 per part when split). */
  smsParts: number | null;
  problems: FieldProblem[];
}

export interface PlaceholderView {
  name: string;
  description: string;
  sample: string;
  required: boolean;
}

export interface TemplateKindView {
  kind: TemplateKind;
  audience: 'citizen' | 'staff';
  description: string;
  placeholders: PlaceholderView[];
  templates: TemplateView[];
}

export class TemplateCatalogueQuery extends StaffQueryEnvelope {
  @IsOptional() @IsIn(TEMPLATE_KINDS) kind?: TemplateKind;
}

export class PreviewTemplateQuery extends StaffQueryEnvelope {
  @NestedObject(() => TemplateText) template: TemplateText;
}

export class CreateTemplateDraftCommand extends CommandEnvelope {
  @NestedObject(() => TemplateText) body: TemplateText;
}

export class PublishTemplateCommand extends CommandEnvelope {
  @IsIn(TEMPLATE_KINDS) kind: TemplateKind;
  @IsIn(NOTIFY_CHANNELS) channel: NotifyChannel;
  @IsInt() @Min(1) version: number;
}

export interface TemplateWithPreview {
  template: TemplateView;
  preview: TemplatePreview;
}

export const TemplateCatalogue = defineRpc<TemplateCatalogueQuery, TemplateKindView[]>('notification.qry.template-catalogue', TemplateCatalogueQuery);
export const PreviewTemplate = defineRpc<PreviewTemplateQuery, TemplatePreview>('notification.qry.preview-template', PreviewTemplateQuery);
export const CreateTemplateDraft = defineRpc<CreateTemplateDraftCommand, TemplateWithPreview>(
  'notification.cmd.create-template-draft',
  CreateTemplateDraftCommand,
);
export const PublishTemplate = defineRpc<PublishTemplateCommand, TemplateWithPreview>('notification.cmd.publish-template', PublishTemplateCommand);
