import { ApiError } from '../../api/api-error';
import {
  IdempotencyKeys,
  isConcurrentChange,
  newKey,
  refusalReasons,
  serverFieldErrors,
  supplementItems,
  validateDelay,
  validateRefuse,
  validateResolve,
  validateSupplement,
  vietnamDay,
  vietnamIso,
} from './forms';

describe('office forms: checks before sending', () => {
  it('needs a result reference and a summary, within the gateway’s lengths', () => {
    expect(validateResolve({ resultRef: ' ', summary: '' })).toEqual({ resultRef: 'required', summary: 'required' });
    expect(validateResolve({ resultRef: 'x'.repeat(121), summary: 'ok' })).toEqual({ resultRef: 'tooLong' });
    expect(validateResolve({ resultRef: 'BD-2026-0001', summary: 'Xác nhận biến động' })).toEqual({});
  });

  it('drops blank supplement rows and names a half-filled one by the index the gateway will see', () => {
    const items = [
      { name: '', reason: '' },
      { name: 'Hợp đồng chuyển nhượng', reason: 'Không rõ chữ' },
      { name: 'Sổ hộ khẩu', reason: ' ' },
    ];
    expect(supplementItems(items)).toEqual([{ name: 'Hợp đồng chuyển nhượng', reason: 'Không rõ chữ' }, { name: 'Sổ hộ khẩu', reason: '' }]);
    expect(validateSupplement(items)).toEqual({ 'items[1].reason': 'required' });
    expect(validateSupplement([{ name: '', reason: '' }])).toEqual({ items: 'required' });
  });

  it('takes one refusal reason a line, and needs at least one', () => {
    expect(refusalReasons('  Không thuộc thẩm quyền \n\n Đất đang tranh chấp')).toEqual(['Không thuộc thẩm quyền', 'Đất đang tranh chấp']);
    expect(validateRefuse(' \n ')).toEqual({ reasons: 'required' });
    expect(validateRefuse('a\n' + 'b'.repeat(501))).toEqual({ reasons: 'tooLong' });
    expect(validateRefuse('Không thuộc thẩm quyền')).toEqual({});
  });

  it('needs an apology’s reason and a new date after today, in Vietnam time', () => {
    const now = new Date('2026-03-04T18:00:00Z'); // already 5 March in Vietnam
    expect(validateDelay({ reason: '', date: '', time: '' }, now)).toEqual({ reason: 'required', newAppointmentAt: 'required' });
    expect(validateDelay({ reason: 'Chờ xác minh', date: '2026-03-05', time: '16:00' }, now)).toEqual({ newAppointmentAt: 'notAfterToday' });
    expect(validateDelay({ reason: 'Chờ xác minh', date: '2026-02-30', time: '16:00' }, now)).toEqual({ newAppointmentAt: 'badDate' });
    expect(validateDelay({ reason: 'Chờ xác minh', date: '2026-03-06', time: '16:00' }, now)).toEqual({});
  });

  it('writes the new appointment as an instant with the Vietnam offset', () => {
    expect(vietnamIso('2026-03-06', '16:30')).toBe('2026-03-06T16:30:00+07:00');
    expect(new Date(vietnamIso('2026-03-06', '16:30')!).toISOString()).toBe('2026-03-06T09:30:00.000Z');
    expect(vietnamIso('2026-3-6', '16:30')).toBeUndefined();
    expect(vietnamDay(new Date('2026-03-04T17:30:00Z'))).toBe('2026-03-05');
  });
});

describe('office forms: the gateway’s answers', () => {
  it('puts each gateway field problem under the form’s own field name', () => {
    const e = ApiError.fromBody(400, {
      code: 'invalid_input',
      message: 'x',
      fields: [
        { field: 'items.0.name', reason: 'name must be shorter' },
        { field: 'items[1].reason', reason: 'not valid text' },
        { field: 'newAppointmentAt', reason: 'must be after the current appointment' },
      ],
    });
    expect(serverFieldErrors(e)).toEqual({ 'items[0].name': 'name must be shorter', 'items[1].reason': 'not valid text', newAppointmentAt: 'must be after the current appointment' });
    expect(serverFieldErrors(new Error('boom'))).toEqual({});
  });

  it('recognises someone else’s change (stale version, moved on, 412) but not a rule or a reused key', () => {
    expect(isConcurrentChange(ApiError.fromBody(409, { code: 'stale_version', message: 'x' }))).toBe(true);
    expect(isConcurrentChange(ApiError.fromBody(409, { code: 'wrong_state', message: 'x' }))).toBe(true);
    expect(isConcurrentChange(ApiError.fromBody(412, { code: 'precondition_failed', message: 'x' }))).toBe(true);
    expect(isConcurrentChange(ApiError.fromBody(409, { code: 'idempotency_key_reused', message: 'x' }))).toBe(false);
    expect(isConcurrentChange(ApiError.fromBody(422, { code: 'delay_too_late', message: 'x' }))).toBe(false);
  });

  it('reuses the idempotency key for a retried request and changes it for a different one', () => {
    let n = 0;
    const keys = new IdempotencyKeys(() => `k${++n}`);
    const first = keys.for({ version: 3, body: { resultRef: 'A' } });
    expect(keys.for({ version: 3, body: { resultRef: 'A' } })).toBe(first);
    expect(keys.for({ version: 3, body: { resultRef: 'B' } })).toBe('k2');
    expect(keys.for({ version: 4, body: { resultRef: 'B' } })).toBe('k3');
    keys.done();
    expect(keys.for({ version: 4, body: { resultRef: 'B' } })).toBe('k4');
  });

  it('makes UUID-shaped keys', () => {
    expect(newKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
