import { AppError } from '../../errors/app-error';
import { validatePayload } from '../../core/validate-payload';
import { HandOverResultCommand, HandOverResultToBody } from './hand-over-result.command';

const problems = async (cls: typeof HandOverResultToBody | typeof HandOverResultCommand, input: object) => {
  const error = await validatePayload(cls as typeof HandOverResultToBody, input).then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.fields : error;
};
const UNNAMED = 'Người được ủy quyền nhận kết quả phải ghi rõ họ tên';

describe('the hand-over body: who received the result', () => {
  it('takes the applicant without a name, and an authorised person by name', async () => {
    expect(await problems(HandOverResultToBody, { method: 'desk' })).toBeUndefined();
    expect(await problems(HandOverResultToBody, { method: 'desk', recipient: { kind: 'applicant' } })).toBeUndefined();
    expect(await problems(HandOverResultToBody, { method: 'post', recipient: { kind: 'authorised', fullName: 'Trần Văn Bảy', authorisationRef: 'UQ-12' } })).toBeUndefined();
  });

  it('refuses an authorised person without a name (or a blank one) once, naming the field relative to the body', async () => {
    expect(await problems(HandOverResultToBody, { method: 'desk', recipient: { kind: 'authorised' } })).toEqual([{ field: 'recipient.fullName', reason: UNNAMED }]);
    expect(await problems(HandOverResultToBody, { method: 'desk', recipient: { kind: 'authorised', fullName: '   ' } })).toEqual([{ field: 'recipient.fullName', reason: UNNAMED }]);
    expect(await problems(HandOverResultToBody, { method: 'desk', recipient: { kind: 'applicant', fullName: 'X' } })).toEqual([{ field: 'recipient.fullName', reason: 'phải có từ 2 đến 120 ký tự' }]);
    expect(await problems(HandOverResultToBody, { method: 'desk', recipient: { kind: 'authorised', fullName: 7 } })).toEqual([{ field: 'recipient.fullName', reason: 'phải có từ 2 đến 120 ký tự' }]);
  });

  it('is the same rule in the command intake validates (its fields under body.)', async () => {
    const command = { idempotencyKey: 'hand-over-0001', actor: { staffId: 's', unitCode: '29972', roles: ['desk-clerk'] }, dossierCode: '000.72.69.H20-260302-0001', body: { method: 'desk', recipient: { kind: 'authorised' } } };
    expect(await problems(HandOverResultCommand, command)).toEqual([{ field: 'body.recipient.fullName', reason: UNNAMED }]);
  });
});
