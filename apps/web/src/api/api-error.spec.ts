import { ApiError } from './api-error';

describe('ApiError', () => {
  it('keeps the gateway body: code, message, fields by path, details and correlation id', () => {
    const e = ApiError.fromBody(422, {
      statusCode: 422,
      code: 'dossier_incomplete',
      message: 'Hồ sơ chưa đầy đủ',
      fields: [
        { field: 'documents[1].code', reason: 'thiếu bản chính' },
        { field: 'documents[1].code', reason: 'second reason is not shown twice' },
        { field: 'applicant.phone', reason: 'số điện thoại không hợp lệ' },
      ],
      details: { supplementRequestId: 'abc' },
      correlationId: 'c-1',
    });
    expect([e.status, e.code, e.message, e.details, e.correlationId]).toEqual([422, 'dossier_incomplete', 'Hồ sơ chưa đầy đủ', { supplementRequestId: 'abc' }, 'c-1']);
    expect(e.byField()).toEqual({ 'documents[1].code': 'thiếu bản chính', 'applicant.phone': 'số điện thoại không hợp lệ' });
  });

  it('survives a body that is not the gateway error shape (a proxy page, nothing at all)', () => {
    const e = ApiError.fromBody(502, '<html>Bad gateway</html>');
    expect([e.status, e.code, e.message, e.fields]).toEqual([502, 'http_502', 'HTTP 502', []]);
  });
});
