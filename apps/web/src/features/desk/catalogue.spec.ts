import { searchProcedures, toDeskProcedure } from './catalogue';
import type { PublicProcedure } from './types';

const land: PublicProcedure = {
  code: '2.001458',
  name: 'Đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho, thừa kế',
  field: 'Đất đai',
  timeLimit: { value: 10, unit: 'working-days' },
  documents: [
    { name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', form: 'original', count: 1 },
    { name: 'Hợp đồng, văn bản chuyển nhượng, tặng cho hoặc văn bản thừa kế', form: 'original', count: 1 },
  ],
  fees: [{ channel: 'in-person', amountVnd: 0 }],
  whereToSubmit: 'x',
};
const birth: PublicProcedure = { ...land, code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', documents: [{ name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 }] };

describe('the desk catalogue', () => {
  it('gives each document its code and fill-on-behalf flag, matched by name (NFC)', () => {
    const p = toDeskProcedure({ ...land, documents: land.documents.map((d) => ({ ...d, name: d.name.normalize('NFD') })) });
    expect(p.documents.map((d) => [d.code, d.fillOnBehalf])).toEqual([
      ['don-dang-ky-bien-dong', true],
      ['hop-dong', false],
    ]);
    expect(p.submittable).toBe(true);
    expect(toDeskProcedure(birth).feeExemptions).toContain('Người thuộc hộ nghèo');
  });

  it('marks a procedure whose document codes it does not know as not submittable', () => {
    const p = toDeskProcedure({ ...land, documents: [...land.documents, { name: 'Giấy mới', form: 'copy', count: 1 }] });
    expect(p.documents[2].code).toBeUndefined();
    expect(p.submittable).toBe(false);
    expect(toDeskProcedure({ ...land, code: '9.999999' }).submittable).toBe(false);
  });

  it('searches by code or by words without diacritics', () => {
    const all = [birth, land].map((p) => toDeskProcedure(p));
    expect(searchProcedures(all, 'dat dai').map((p) => p.code)).toEqual(['2.001458']);
    expect(searchProcedures(all, '1.0011').map((p) => p.code)).toEqual(['1.001193']);
    expect(searchProcedures(all, 'khai sinh').map((p) => p.code)).toEqual(['1.001193']);
    expect(searchProcedures(all, '').length).toBe(2);
    expect(searchProcedures(all, 'ket hon')).toEqual([]);
  });
});
