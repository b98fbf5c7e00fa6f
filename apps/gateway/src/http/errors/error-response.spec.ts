import { BadRequestException, ForbiddenException, HttpException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from '@motcua/contracts';
import { DATABASE_UNAVAILABLE_MESSAGE } from '@motcua/persistence';
import { INTERNAL_ERROR_MESSAGE, toErrorResponse } from './error-response';

describe('toErrorResponse', () => {
  it('keeps an AppError status, code, message and fields, with the correlation id', () => {
    const error = AppError.rule('procedure_not_offered', 'Thủ tục không tiếp nhận tại đơn vị này', [{ field: 'procedureCode', reason: 'not offered' }]);
    expect(toErrorResponse(error, 'c0ffee00')).toEqual({
      statusCode: 422,
      code: 'procedure_not_offered',
      message: 'Thủ tục không tiếp nhận tại đơn vị này',
      fields: [{ field: 'procedureCode', reason: 'not offered' }],
      correlationId: 'c0ffee00',
    });
  });

  it('keeps the status of Nest HTTP exceptions', () => {
    expect(toErrorResponse(new NotFoundException('Cannot GET /x'))).toMatchObject({ statusCode: 404, code: 'not_found' });
    expect(toErrorResponse(new ForbiddenException('nope'))).toMatchObject({ statusCode: 403, code: 'forbidden', message: 'nope' });
    expect(toErrorResponse(new HttpException('teapot', 418))).toMatchObject({ statusCode: 418, code: 'http_418', message: 'teapot' });
  });

  it('keeps the code and fields of a Nest exception built with them', () => {
    const exception = new BadRequestException({ code: 'invalid_input', message: 'Dữ liệu gửi lên không hợp lệ', fields: [{ field: 'If-Match', reason: 'phải là một phiên bản' }] });
    expect(toErrorResponse(exception)).toMatchObject({ statusCode: 400, code: 'invalid_input', fields: [{ field: 'If-Match', reason: 'phải là một phiên bản' }] });
  });

  it('answers a malformed JSON body with a 400 naming the body', () => {
    const parseError = Object.assign(new SyntaxError('Unexpected token } in JSON'), { status: 400 });
    const response = toErrorResponse(new BadRequestException(parseError.message, { cause: parseError }), 'id-1');
    expect(response).toMatchObject({ statusCode: 400, code: 'malformed_json', fields: [{ field: '(body)', reason: 'không phải JSON hợp lệ' }] });
    expect(response.message).not.toContain('Unexpected token');
  });

  it('answers anything else with a generic 500 that reveals nothing', () => {
    const response = toErrorResponse(new Error('duplicate key (id_number)=(079123456789)'), 'id-2');
    expect(response).toEqual({ statusCode: 500, code: 'internal_error', message: INTERNAL_ERROR_MESSAGE, correlationId: 'id-2' });
    expect(toErrorResponse('a string')).toMatchObject({ statusCode: 500 });
  });

  it('answers the database unreachable (Postgres restarting, a dropped connection, a pool timeout) with a 503 to retry', () => {
    const pg = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});
    const outages = [
      pg('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      new QueryFailedError('SELECT 1', [], pg('terminating connection due to administrator command', '57P01')),
      new QueryFailedError('SELECT 1', [], pg('the database system is starting up', '57P03')),
      pg('Connection terminated unexpectedly'),
      pg('timeout exceeded when trying to connect'),
    ];
    for (const outage of outages) {
      expect(toErrorResponse(outage, 'id-3')).toEqual({ statusCode: 503, code: 'service_unavailable', message: DATABASE_UNAVAILABLE_MESSAGE, correlationId: 'id-3' });
    }
    // A query the database refuses is no outage: still the generic 500.
    expect(toErrorResponse(new QueryFailedError('INSERT', [], pg('duplicate key value violates unique constraint', '23505')))).toMatchObject({ statusCode: 500 });
  });

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
