import { ApiError } from '../../api/api-error';
import { fieldErrors, incompleteOutcome, keyReused, outcomeUnknown, rotateKeyAfter } from './outcome';

const id = '32c97012-00b6-4b84-8e25-1d674d3889ea';
const fields = [{ field: 'documents.hop-dong', reason: 'Thiếu Hợp đồng (bản chính)' }];

describe('outcomes of a submission', () => {
  it('reads form 02 from the details of a 422 dossier_incomplete', () => {
    const e = ApiError.fromBody(422, {
      code: 'dossier_incomplete',
      message: 'Hồ sơ chưa đầy đủ',
      fields,
      details: { supplementRequest: { id, number: 'BS-261121-0001', items: [{ field: 'documents.hop-dong', documentName: 'Hợp đồng', reason: 'Thiếu Hợp đồng (bản chính)' }], printPath: `/api/intake-desk/supplement-requests/${id}/print` } },
    });
    expect(incompleteOutcome(e)).toEqual({
      supplementRequestId: id,
      number: 'BS-261121-0001',
      printPath: `/api/intake-desk/supplement-requests/${id}/print`,
      items: [{ field: 'documents.hop-dong', name: 'Hợp đồng', reason: 'Thiếu Hợp đồng (bản chính)' }],
    });
  });

  it('copes without details: the items from the fields, the form id from the message when it names one', () => {
    const withId = ApiError.fromBody(422, { code: 'dossier_incomplete', message: `Hồ sơ chưa đầy đủ (mã phiếu ${id})`, fields });
    expect(incompleteOutcome(withId)).toEqual({ supplementRequestId: id, printPath: `/api/intake-desk/supplement-requests/${id}/print`, items: [{ field: 'documents.hop-dong', name: 'hop-dong', reason: 'Thiếu Hợp đồng (bản chính)' }] });
    const bare = ApiError.fromBody(422, { code: 'dossier_incomplete', message: 'Hồ sơ chưa đầy đủ', fields });
    expect(incompleteOutcome(bare)?.supplementRequestId).toBeUndefined();
    expect(incompleteOutcome(bare)?.items).toHaveLength(1);
  });

  it('is not an incomplete outcome for other errors', () => {
    expect(incompleteOutcome(ApiError.fromBody(422, { code: 'fee_not_settled', message: 'x', fields }))).toBeNull();
    expect(incompleteOutcome(ApiError.fromBody(400, { code: 'invalid_input', message: 'x', fields }))).toBeNull();
    expect(incompleteOutcome(new Error('x'))).toBeNull();
  });

  it('keeps the idempotency key until an outcome is recorded', () => {
    expect(rotateKeyAfter({ ok: true })).toBe(true);
    expect(rotateKeyAfter({ ok: false, error: ApiError.fromBody(422, { code: 'dossier_incomplete', message: 'x', fields }) })).toBe(true);
    expect(rotateKeyAfter({ ok: false, error: new ApiError(0, 'network', 'offline') })).toBe(false);
    expect(rotateKeyAfter({ ok: false, error: ApiError.fromBody(504, {}) })).toBe(false);
    expect(rotateKeyAfter({ ok: false, error: ApiError.fromBody(400, { code: 'invalid_input', message: 'x' }) })).toBe(false);
    expect(outcomeUnknown(new ApiError(0, 'network', 'offline'))).toBe(true);
    expect(outcomeUnknown(ApiError.fromBody(400, {}))).toBe(false);
    expect(keyReused(ApiError.fromBody(409, { code: 'idempotency_key_reused', message: 'x' }))).toBe(true);
  });

  it('keys the gateway’s field problems by the body’s own paths', () => {
    const e = ApiError.fromBody(400, { code: 'invalid_input', message: 'x', fields: [{ field: 'recipient.fullName', reason: 'r' }, { field: 'members[1].fee.receiptNumber', reason: 'p' }] });
    expect(fieldErrors(e)).toEqual({ 'recipient.fullName': 'r', 'members[1].fee.receiptNumber': 'p' });
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
});
