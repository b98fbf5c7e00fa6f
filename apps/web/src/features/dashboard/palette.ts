// Chart colours that still read when printed in greyscale: the solid series differ in lightness, and "late" is
// hatched as well as red.
import type { OutcomeSeries } from './series';

export interface SeriesStyle {
  colour: string;
  /** Hatched series draw diagonal stripes of `colour` on white. */
  hatched: boolean;
}

export const OUTCOME_STYLE: Readonly<Record<OutcomeSeries, SeriesStyle>> = {
  early: { colour: '#123f6b', hatched: false },
  onTime: { colour: '#6fa8dc', hatched: false },
  late: { colour: '#b71c1c', hatched: true },
  inProgress: { colour: '#d9dee5', hatched: false },
};

/** Bars of a single series (received by channel). */
export const RECEIVED_STYLE: SeriesStyle = { colour: '#37474f', hatched: false };

/** Relative luminance (WCAG) of #rrggbb: 0 black … 1 white; what a greyscale printer keeps of a colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
