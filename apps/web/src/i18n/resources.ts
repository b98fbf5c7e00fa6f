import { strings as admin } from '../features/admin/i18n';
import { strings as afterHours } from '../features/after-hours/i18n';
import { strings as dashboard } from '../features/dashboard/i18n';
import { strings as desk } from '../features/desk/i18n';
import { strings as office } from '../features/office/i18n';
import { common } from './common';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One namespace per feature, so each screen's strings live next to it. */
export const NAMESPACES = { common, desk, office, afterHours, admin, dashboard } as const;

export function resources(): Record<Language, Record<string, unknown>> {
  const out = { vi: {}, en: {} } as Record<Language, Record<string, unknown>>;
  for (const [ns, byLanguage] of Object.entries(NAMESPACES)) {
    for (const lang of LANGUAGES) out[lang][ns] = (byLanguage as Record<Language, unknown>)[lang];
  }
  return out;
}
