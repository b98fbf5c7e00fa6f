import type { Page } from 'playwright-core';

/** What the keyboard user has in hand: the focused element, its name, and whether its focus can be seen. */
export interface FocusInfo {
  tag: string;
  type: string | null;
  /** Accessible name, roughly as a screen reader reads it (aria-label, label, aria-labelledby, text). */
  name: string;
  /** `:focus-visible` matches: the browser shows the keyboard focus style. */
  focusVisible: boolean;
  outline: string;
  /** Contrast of the outline's colour with the background around the element (WCAG 2.2 asks ≥ 3:1). */
  outlineContrast: number;
  /** A visible indicator: an outline ≥ 2 px at ≥ 3:1 contrast, or a box-shadow. */
  indicator: boolean;
  /** After the previous element in document order (no positive tabindex, no focus jumping backwards). */
  followsPrevious?: boolean;
  invalid: string | null;
  /** The text of the elements aria-describedby points at. */
  description: string;
}

// Runs in the page (this Node project has no DOM types).
function describeFocus(el: any): FocusInfo | null {
  if (!el || el === el.ownerDocument.body) return null;
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  const text = (node: any) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const byIds = (ids: string | null) =>
    (ids ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id: string) => text(doc.getElementById(id)))
      .join(' ')
      .trim();
  const name =
    el.getAttribute('aria-label') || byIds(el.getAttribute('aria-labelledby')) || (el.labels?.[0] ? text(el.labels[0]) : '') || (['BUTTON', 'A', 'SUMMARY'].includes(el.tagName) ? text(el) : '') || el.getAttribute('title') || el.getAttribute('placeholder') || text(el).slice(0, 60);
  const style = win.getComputedStyle(el);
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  let bg = [255, 255, 255];
  for (let p = el.parentElement; p; p = p.parentElement) {
    const c = rgb(win.getComputedStyle(p).backgroundColor);
    if (c.length < 4 || c[3] >= 0.5) {
      bg = c;
      break;
    }
  }
  const [l1, l2] = [luminance(rgb(style.outlineColor)), luminance(bg)].sort((a, b) => b - a);
  const outlineContrast = Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100;
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && outlineContrast >= 3;
  return {
    tag: el.tagName.toLowerCase(),
    type: el.getAttribute('type'),
    name,
    focusVisible: el.matches(':focus-visible'),
    outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
    outlineContrast,
    indicator: outlined || (style.boxShadow !== 'none' && el.matches(':focus-visible')),
    invalid: el.getAttribute('aria-invalid'),
    description: byIds(el.getAttribute('aria-describedby')),
  };
}

/** The focused element as the keyboard user has it (null: focus is on the page itself, lost). */
export async function focused(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(describeFocus, await page.evaluateHandle(() => (globalThis as any).document.activeElement));
}

/** Waits until focus rests on an element whose name matches (e.g. an autofocus field once its screen has loaded). */
export async function focusSettlesOn(page: Page, name: RegExp, timeoutMs = 15_000): Promise<FocusInfo> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const f = await focused(page);
    if (f && name.test(f.name)) return f;
    if (Date.now() > until) throw new Error(`focus did not reach ${name}: it is on ${JSON.stringify(f)}`);
    await page.waitForTimeout(100);
  }
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's name matches, and returns every stop on the way (the
 * last one is the match), each with whether it follows the previous one in document order.
 */
export async function tabTo(page: Page, name: RegExp, options: { back?: boolean; max?: number } = {}): Promise<FocusInfo[]> {
  const path: FocusInfo[] = [];
  let previous = await page.evaluateHandle(() => (globalThis as any).document.activeElement);
  for (let i = 0; i < (options.max ?? 40); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const current = await page.evaluateHandle(() => (globalThis as any).document.activeElement);
    const info = await page.evaluate(describeFocus, current);
    if (!info) throw new Error(`focus left the page after ${JSON.stringify(path.map((p) => p.name))}`);
    info.followsPrevious = await page.evaluate(([a, b, back]: readonly [any, any, boolean]) => (back ? !!(b.compareDocumentPosition(a) & 4) : !!(a.compareDocumentPosition(b) & 4)), [previous, current, !!options.back] as const);
    path.push(info);
    if (name.test(info.name)) return path;
    previous = current;
  }
  throw new Error(`no ${name} within ${options.max ?? 40} Tab presses: ${JSON.stringify(path.map((p) => p.name))}`);
}

/** Stops on a Tab path whose focus cannot be seen or that jumps backwards: [] when every stop is fine. */
export function badStops(path: FocusInfo[]): string[] {
  return path.filter((p) => !p.focusVisible || !p.indicator || p.followsPrevious === false).map((p) => `${p.tag} "${p.name}": ${p.outline} contrast ${p.outlineContrast}${p.followsPrevious === false ? ' (out of order)' : ''}`);
}
