import type { BundleRecord } from '@motcua/contracts';
import { memberProblems, underMember } from './bundle-members';

const bundle: BundleRecord = { code: 'LT-01', name: 'Xác nhận hôn nhân và chuyển hộ khẩu', procedureCodes: ['1.004873', '1.004194'], validFrom: '2019-01-01', validTo: null };

describe('bundle members', () => {
  it('accepts each procedure of the bundle once, in any order', () => {
    expect(memberProblems(bundle, [{ procedureCode: '1.004194', documents: [] }, { procedureCode: '1.004873', documents: [] }])).toEqual([]);
  });

  it('names a stranger, a repeat and a missing procedure', () => {
    expect(
      memberProblems(bundle, [
        { procedureCode: '1.004873', documents: [] },
        { procedureCode: '1.004873', documents: [] },
        { procedureCode: '9.999999', documents: [] },
      ]),
    ).toEqual([
      { field: 'members[1].procedureCode', reason: '1.004873 đã có trong hồ sơ liên thông' },
      { field: 'members[2].procedureCode', reason: '9.999999 không thuộc nhóm thủ tục LT-01' },
      { field: 'members', reason: 'Thiếu hồ sơ của thủ tục 1.004194' },
    ]);
  });

  it('prefixes a child’s problems with its member', () => {
    expect(underMember(1, [{ field: 'documents.to-khai', reason: 'Thiếu' }])).toEqual([{ field: 'members[1].documents.to-khai', reason: 'Thiếu' }]);
  });
});
