import type { ProcedureRecord } from '@motcua/contracts';
import { procedureOn, TODAY_LIKE } from '../__tests__/seed-world';
import { checkBundle, checkProcedure } from './check-catalogue';

const base = (): ProcedureRecord => procedureOn('1.004222', TODAY_LIKE);
const fields = (p: ProcedureRecord) => checkProcedure(p).map((problem) => problem.field);

describe('checkProcedure: rules of one catalogue row', () => {
  it('accepts a sound version', () => {
    expect(checkProcedure(base())).toEqual([]);
  });

  it('names each broken field', () => {
    expect(fields({ ...base(), validTo: '2018-01-01' })).toEqual(['validTo']);
    expect(fields({ ...base(), timeLimit: { value: 2, unit: 'same-day' }, steps: undefined })).toEqual(['timeLimit.value']);
    expect(fields({ ...base(), timeLimit: { value: 0, unit: 'working-days' }, steps: undefined })).toEqual(['timeLimit.value']);
    expect(fields({ ...base(), sameDayCutOff: '15:00' })).toEqual(['sameDayCutOff']);
    expect(fields({ ...base(), competentOffice: 'one-stop-desk' })).toEqual(['competentOffice']);
    expect(fields({ ...base(), receivingLevels: ['village'] })).toEqual(['receivingLevels']);
    expect(fields({ ...base(), documents: [...base().documents, base().documents[0]] })).toEqual(['documents[2].code']);
    expect(fields({ ...base(), feeVnd: 1 })).toEqual(['feeVnd']);
    expect(fields({ ...base(), verificationExtensions: [{ value: 1, unit: 'same-day', reason: 'x' }] })).toEqual(['verificationExtensions[0].unit']);
  });

  it('refuses a step plan longer than the legal limit or without the competent unit', () => {
    const steps = base().steps!;
    expect(checkProcedure({ ...base(), steps: steps.map((s) => ({ ...s, budgetWorkingDays: 5 })) })).toEqual([
      { field: 'steps', reason: 'tổng thời gian các bước (15 ngày làm việc) vượt thời hạn giải quyết (7)' },
    ]);
    expect(fields({ ...base(), steps: steps.filter((s) => s.owner === 'receiving-unit') })).toEqual(['steps']);
    expect(fields({ ...base(), steps: steps.map((s, i) => (i === 0 ? { ...s, headApproval: true } : s)) })).toEqual(['steps[0].headApproval']);
  });
});

describe('checkBundle', () => {
  it('refuses repeated members and members not in force when the bundle starts', () => {
    const bundle = { code: 'B', name: 'nhóm', procedureCodes: ['1.004222', '1.004222', '9.999999'], validFrom: '2026-01-01', validTo: null };
    expect(checkBundle(bundle, [base()])).toEqual([
      { field: 'procedureCodes[1]', reason: 'thủ tục lặp lại trong nhóm' },
      { field: 'procedureCodes[2]', reason: 'thủ tục 9.999999 không có hiệu lực ngày 01/01/2026' },
    ]);
  });
});
