// Percentages the way DOMAIN.md §4 reports them: 2 decimals, half up; a 0 denominator is N/A (null).

/** numerator ÷ denominator in %, 2 decimals, rounded half up on the exact integer ratio (no 0.1 + 0.2 drift). */
export function percentOf(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  // numerator × 10 000 is an exact integer; one division then one rounding.
  return Math.round((numerator * 10_000) / denominator) / 100;
}

/**
 * Each part's share of the whole in %, 2 decimals, summing to exactly 100 (largest remainder), so a table of shares
 * adds up the way a reader checks it. All zeros: every share null.
 */
export function sharesOf(parts: readonly number[]): (number | null)[] {
  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) return parts.map(() => null);
  const exact = parts.map((p) => (p * 10_000) / total);
  const floors = exact.map(Math.floor);
  let left = 10_000 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - floors[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors.map((f) => f / 100);
}

/** A count as the reader's language writes it (1.286 in Vietnamese, 1,286 in English). */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 }).format(value);
}

/** A percentage value (already in %) with up to 2 decimals and the % sign; null is the N/A text given. */
export function formatPercent(value: number | null, language: string, notAvailable = '—'): string {
  if (value === null) return notAvailable;
  return `${new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value)}%`;
}

/** A decimal (average time) with up to 2 decimals. */
export function formatDecimal(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);
}

function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'vi-VN';
}
