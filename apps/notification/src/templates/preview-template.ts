import type { TemplatePreview, TemplateText } from '@motcua/contracts';
import { fillKnown } from './render-template';
import { smsSize } from './sms-parts';
import { sampleValues } from './template-catalogue';
import { templateProblems } from './template-problems';

/** The template as a citizen would read it with the kind's sample data, and what stops it from being published. */
export function previewTemplate(text: Pick<TemplateText, 'kind' | 'channel' | 'subject' | 'body' | 'providerTemplateId'>): TemplatePreview {
  const samples = sampleValues(text.kind);
  const body = fillKnown(text.body, samples);
  return {
    subject: text.subject !== undefined ? fillKnown(text.subject, samples) : null,
    body,
    characters: body.length,
    smsParts: text.channel === 'sms' ? smsSize(body).parts : null,
    problems: templateProblems(text),
  };
}
