import type { FieldProblem, TemplateText } from '@motcua/contracts';
import { smsSize } from './sms-parts';
import { TEMPLATE_CATALOGUE, sampleValues } from './template-catalogue';
import { fillKnown, malformedPlaceholders, placeholdersOf } from './render-template';

/** An SMS may cost at most this many parts with the kind's (long) sample values. */
export const MAX_SMS_PARTS = 3;
/** ZNS templates carry at most 400 characters. */
export const MAX_ZALO_CHARACTERS = 400;

type Text = Pick<TemplateText, 'kind' | 'channel' | 'subject' | 'body' | 'providerTemplateId'>;

const list = (names: string[]): string => names.map((n) => `{${n}}`).join(', ');

function placeholderProblems(field: 'subject' | 'body', text: string, known: string[]): FieldProblem[] {
  const problems: FieldProblem[] = malformedPlaceholders(text).map((written) => ({
    field,
    reason: `"${written}" không phải chỗ điền giá trị: viết {tên} chỉ bằng chữ cái và chữ số`,
  }));
  for (const name of placeholdersOf(text).filter((n) => !known.includes(n))) {
    problems.push({ field, reason: `{${name}} không phải giá trị có trong tin này; chỉ dùng được ${list(known)}` });
  }
  return problems;
}

/**
 * Everything that would make a template send a wrong or broken message. Publishing refuses a template with any
 * problem: a placeholder the event does not supply would otherwise fail (or leave a hole) in a citizen's SMS.
 */
export function templateProblems(text: Text): FieldProblem[] {
  const spec = TEMPLATE_CATALOGUE[text.kind];
  const known = Object.keys(spec.placeholders);
  const problems: FieldProblem[] = [];
  if (spec.audience === 'staff' && text.channel === 'zalo') {
    problems.push({ field: 'channel', reason: 'thông báo cho cán bộ gửi qua SMS hoặc e-mail, không qua Zalo' });
  }
  if (text.channel === 'email' && !text.subject) problems.push({ field: 'subject', reason: 'e-mail phải có tiêu đề' });
  if (text.channel !== 'email' && text.subject !== undefined) problems.push({ field: 'subject', reason: 'chỉ e-mail mới có tiêu đề' });
  if (text.channel === 'zalo' && !text.providerTemplateId) {
    problems.push({ field: 'providerTemplateId', reason: 'mẫu Zalo phải có mã mẫu ZNS mà Zalo đã duyệt cho nội dung này' });
  }
  if (text.channel !== 'zalo' && text.providerTemplateId !== undefined) {
    problems.push({ field: 'providerTemplateId', reason: 'chỉ mẫu Zalo mới có mã mẫu ZNS' });
  }
  if (text.subject) problems.push(...placeholderProblems('subject', text.subject, known));
  problems.push(...placeholderProblems('body', text.body, known));

  const used = placeholdersOf(`${text.subject ?? ''}\n${text.body}`);
  const required = Object.entries(spec.placeholders).filter(([, p]) => p.required).map(([name]) => name);
  const absent = required.filter((name) => !used.includes(name));
  if (absent.length > 0) problems.push({ field: 'body', reason: `phải có ${list(absent)}` });

  const rendered = fillKnown(text.body, sampleValues(text.kind));
  if (text.channel === 'sms') {
    const size = smsSize(rendered);
    if (size.parts > MAX_SMS_PARTS) {
      problems.push({ field: 'body', reason: `quá dài cho SMS: ${size.parts} phần với giá trị mẫu (tối đa ${MAX_SMS_PARTS})` });
    }
  }
  if (text.channel === 'zalo' && rendered.length > MAX_ZALO_CHARACTERS) {
    problems.push({ field: 'body', reason: `quá dài cho Zalo: ${rendered.length} ký tự với giá trị mẫu (tối đa ${MAX_ZALO_CHARACTERS})` });
  }
  return problems;
}
