import type { ProcedureRecord } from '@motcua/contracts';
import { checkCompleteness } from './check-completeness';

const permit: ProcedureRecord = {
  code: '1.009994',
  name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  field: 'Hoạt động xây dựng',
  competence: 'district-above-receiving-unit',
  timeLimit: { value: 15, unit: 'days' },
  documents: [
    { code: 'don-de-nghi', name: 'Đơn đề nghị cấp giấy phép xây dựng', form: 'original', count: 1 },
    { code: 'ban-ve', name: 'Bản vẽ thiết kế xây dựng', form: 'original', count: 2 },
  ],
  feeVnd: 75000,
  validFrom: '2019-01-01',
  validTo: null,
};

describe('checkCompleteness', () => {
  it('accepts every required document in the required count', () => {
    const result = checkCompleteness(permit, [
      { code: 'don-de-nghi', present: true },
      { code: 'ban-ve', present: true, count: 2 },
    ]);
    expect(result).toEqual({ complete: true, missing: [], unknown: [] });
  });

  it('lists each missing document and a short count with its reason', () => {
    const result = checkCompleteness(permit, [
      { code: 'don-de-nghi', present: false },
      { code: 'ban-ve', present: true, count: 1 },
    ]);
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual([
      { field: 'documents.don-de-nghi', reason: 'Thiếu Đơn đề nghị cấp giấy phép xây dựng (bản chính)' },
      { field: 'documents.ban-ve', reason: 'Bản vẽ thiết kế xây dựng: cần 2 bản, mới có 1' },
    ]);
  });

  it('names a document the procedure does not ask for', () => {
    const result = checkCompleteness(permit, [
      { code: 'don-de-nghi', present: true },
      { code: 'ban-ve', present: true, count: 2 },
      { code: 'so-ho-khau', present: true },
    ]);
    expect(result.complete).toBe(false);
    expect(result.unknown).toEqual([{ field: 'documents[2].code', reason: '“so-ho-khau” không phải giấy tờ của thủ tục 1.009994' }]);
  });
});
