// This feature's strings (i18next namespace); every key in `vi` must exist in `en` (see i18n/resources.spec.ts).
export const strings = {
  vi: {},
  en: {},
};
