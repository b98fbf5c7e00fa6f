import { AppError } from '../../errors/app-error';
import { validatePayload } from '../../core/validate-payload';
import { RefuseAtDeskBody, RefuseAtDeskCommand } from './refuse-at-desk.command';

const problems = async (cls: typeof RefuseAtDeskBody | typeof RefuseAtDeskCommand, input: object) => {
  const error = await validatePayload(cls as typeof RefuseAtDeskBody, input).then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.fields : error;
};
const applicant = { fullName: 'Nguyễn Thị Hồng', idNumber: '079190001234', phone: '0903123456', address: '12 Lê Lợi, phường Bến Thành' };
const body = (reasons: unknown[]) => ({ procedureCode: '1.001612', applicant, reasons });

describe('the refusal body: specific reasons', () => {
  it('takes reasons of 5 letters or more, spaces around them allowed', async () => {
    expect(await problems(RefuseAtDeskBody, body(['Thiếu thẩm quyền', '  Thiếu  ']))).toBeUndefined();
  });

  it('refuses a reason that is blank or too short once trimmed, once, naming the field relative to the body and the reason by its number', async () => {
    expect(await problems(RefuseAtDeskBody, body(['Thiếu thẩm quyền', '     ', '  ab  ']))).toEqual([
      { field: 'reasons', reason: 'Lý do từ chối phải nêu cụ thể (lý do thứ 2, 3 chỉ có khoảng trắng hoặc quá ngắn)' },
    ]);
    expect(await problems(RefuseAtDeskBody, body(['abc']))).toEqual([{ field: 'reasons', reason: 'mỗi phần tử phải có từ 5 đến 500 ký tự' }]);
    expect(await problems(RefuseAtDeskBody, body([]))).toEqual([{ field: 'reasons', reason: 'phải có ít nhất 1 phần tử' }]);
  });

  it('is the same rule in the command intake validates (its fields under body.)', async () => {
    const command = { idempotencyKey: 'refuse-0001', actor: { staffId: 's', unitCode: '29972', roles: ['desk-clerk'] }, body: body(['      ']) };
    expect(await problems(RefuseAtDeskCommand, command)).toEqual([{ field: 'body.reasons', reason: 'Lý do từ chối phải nêu cụ thể (lý do thứ 1 chỉ có khoảng trắng hoặc quá ngắn)' }]);
  });
});
