import { AppError } from '@motcua/contracts';
import { toErrorResponse } from './error-response';

describe('the HTTP error body', () => {
  it('carries a service error’s details (e.g. form 02 with a 422) beside its fields', () => {
    const details = { supplementRequest: { id: '00000000-0000-4000-8000-000000000001', items: [{ field: 'documents.a', reason: 'Thiếu' }] } };
    const error = AppError.rule('dossier_incomplete', 'Hồ sơ chưa đầy đủ', [{ field: 'documents.a', reason: 'Thiếu' }], details);
    expect(toErrorResponse(error, 'c-1')).toEqual({
      statusCode: 422,
      code: 'dossier_incomplete',
      message: 'Hồ sơ chưa đầy đủ',
      fields: [{ field: 'documents.a', reason: 'Thiếu' }],
      details,
      correlationId: 'c-1',
    });
  });

  it('leaves out details that are not a small plain object', () => {
    expect(toErrorResponse(new AppError(422, 'x', 'y', undefined, [1, 2] as never))).not.toHaveProperty('details');
  });
});
