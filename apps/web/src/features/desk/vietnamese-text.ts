/** Unicode NFC, trimmed, inner runs of spaces collapsed: one spelling of a name, whatever the keyboard sent. */
export function tidyName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Folds Vietnamese for search: lower case, no tone or vowel marks, đ → d ("Đất đai" → "dat dai"), so a clerk may
 * type without diacritics (or with a keyboard that sends them decomposed).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word of the query appears, folded, in one of the texts (order free: "dat dai bien dong" finds it). */
export function matchesQuery(query: string, ...texts: string[]): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.map(foldVietnamese).join(' ');
  return words.every((w) => haystack.includes(w));
}
