import { luminance, OUTCOME_STYLE } from './palette';

describe('chart colours in greyscale print', () => {
  it('computes relative luminance', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(() => luminance('red')).toThrow();
  });

  it('keeps the solid series apart in lightness and hatches "late"', () => {
    const solid = Object.entries(OUTCOME_STYLE).filter(([, s]) => !s.hatched);
    for (let i = 0; i < solid.length; i++) {
      for (let j = i + 1; j < solid.length; j++) {
        expect([solid[i][0], solid[j][0], Math.abs(luminance(solid[i][1].colour) - luminance(solid[j][1].colour)) >= 0.15]).toEqual([solid[i][0], solid[j][0], true]);
      }
    }
    expect(OUTCOME_STYLE.late.hatched).toBe(true);
  });
});
