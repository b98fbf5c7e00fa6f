import { AppError, ERROR_DETAILS_MAX_BYTES, errorDetails } from './app-error';

describe('error details', () => {
  it('carries a plain JSON object in the body, as a copy', () => {
    const details = { supplementRequest: { id: 'x', items: [{ field: 'documents.a', reason: 'Thiếu' }] } };
    const body = AppError.rule('dossier_incomplete', 'Hồ sơ chưa đầy đủ', [{ field: 'documents.a', reason: 'Thiếu' }], details).toBody();
    expect(body.details).toEqual(details);
    expect(body.details).not.toBe(details);
    expect(AppError.rule('x', 'y').toBody()).not.toHaveProperty('details');
  });

  it('drops what is not a small plain object: arrays, class instances, cycles, empty or oversized values', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const bad of [null, 'text', 42, [1, 2], new Date(), cycle, {}, { big: 'x'.repeat(ERROR_DETAILS_MAX_BYTES) }]) expect(errorDetails(bad)).toBeUndefined();
    expect(errorDetails({ a: 1, skipped: undefined })).toEqual({ a: 1 });
  });
});
