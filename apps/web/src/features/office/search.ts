/** The inbox's search by dossier code: what the handler typed, made into the gateway's `dossierCode` filter. */
export type CodeSearch = { code?: string; problem?: 'tooShort' | 'badCharacters' };

const ALLOWED = /^[A-Za-z0-9.-]+$/;

/** Trimmed, upper case; at least 3 characters of a code (letters, digits, dots, dashes), or none at all. */
export function codeSearch(input: string): CodeSearch {
  const code = input.trim().toUpperCase();
  if (!code) return {};
  if (!ALLOWED.test(code)) return { problem: 'badCharacters' };
  if (code.length < 3) return { problem: 'tooShort' };
  return { code: code.slice(0, 64) };
}
