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
    reason: `"${written}" is not a placeholder: write {name} with letters and digits only`,
  }));
  for (const name of placeholdersOf(text).filter((n) => !known.includes(n))) {
    problems.push({ field, reason: `{${name}} is not a value this message has; it can use ${list(known)}` });
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
    problems.push({ field: 'channel', reason: 'staff alerts go by SMS or e-mail, not Zalo' });
  }
  if (text.channel === 'email' && !text.subject) problems.push({ field: 'subject', reason: 'an e-mail needs a subject' });
  if (text.channel !== 'email' && text.subject !== undefined) problems.push({ field: 'subject', reason: 'only e-mails have a subject' });
  if (text.channel === 'zalo' && !text.providerTemplateId) {
    problems.push({ field: 'providerTemplateId', reason: 'a Zalo template needs the ZNS template id Zalo approved for this wording' });
  }
  if (text.channel !== 'zalo' && text.providerTemplateId !== undefined) {
    problems.push({ field: 'providerTemplateId', reason: 'only Zalo templates have a ZNS template id' });
  }
  if (text.subject) problems.push(...placeholderProblems('subject', text.subject, known));
  problems.push(...placeholderProblems('body', text.body, known));

  const used = placeholdersOf(`${text.subject ?? ''}\n${text.body}`);
  const required = Object.entries(spec.placeholders).filter(([, p]) => p.required).map(([name]) => name);
  const absent = required.filter((name) => !used.includes(name));
  if (absent.length > 0) problems.push({ field: 'body', reason: `must mention ${list(absent)}` });

  const rendered = fillKnown(text.body, sampleValues(text.kind));
  if (text.channel === 'sms') {
    const size = smsSize(rendered);
    if (size.parts > MAX_SMS_PARTS) {
      problems.push({ field: 'body', reason: `too long for SMS: ${size.parts} parts with the sample values (at most ${MAX_SMS_PARTS})` });
    }
  }
  if (text.channel === 'zalo' && rendered.length > MAX_ZALO_CHARACTERS) {
    problems.push({ field: 'body', reason: `too long for Zalo: ${rendered.length} characters with the sample values (at most ${MAX_ZALO_CHARACTERS})` });
  }
  return problems;
}
