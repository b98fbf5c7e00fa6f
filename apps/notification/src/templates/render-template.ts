import type { MessageTemplate } from './message-templates';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** A template asked for a value nobody gave: a bug to fix, never a message with a hole sent to a citizen. */
export class MissingPlaceholderError extends Error {
  override name = 'MissingPlaceholderError';

  constructor(
    readonly template: string,
    readonly missing: string[],
  ) {
    super(`template ${template} is missing ${missing.map((m) => `{${m}}`).join(', ')}`);
  }
}

export interface RenderedMessage {
  subject?: string;
  body: string;
}

export type TemplateValues = Readonly<Record<string, string | undefined>>;

/** The placeholder names a text uses, in order of first use. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** Braces that are not a well-formed `{name}`: "{dossierCode", "{ma ho so}", "}". Each one, as written. */
export function malformedPlaceholders(text: string): string[] {
  const rest = text.replace(PLACEHOLDER, ' ');
  return [...rest.matchAll(/\{[^{}]{0,30}\}?|\}/g)].map((m) => m[0]);
}

/** Fills the placeholders it has values for and leaves the others as written (previews only). */
export function fillKnown(text: string, values: TemplateValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] || whole);
}

/** Renders subject and body; an absent or empty value for any placeholder throws MissingPlaceholderError. */
export function renderTemplate(template: MessageTemplate, values: TemplateValues): RenderedMessage {
  const texts = [template.subject ?? '', template.body];
  const missing = placeholdersOf(texts.join('\n')).filter((name) => !values[name]);
  if (missing.length > 0) throw new MissingPlaceholderError(`${template.name}@${template.version}/${template.channel}`, missing);
  return {
    ...(template.subject !== undefined ? { subject: fillKnown(template.subject, values) } : {}),
    body: fillKnown(template.body, values),
  };
}
