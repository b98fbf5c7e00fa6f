import { searchCatalogue, searchProcedures, toDeskCatalogue, toDeskProcedure } from './catalogue';
import type { CatalogueProcedure } from './types';

const land: CatalogueProcedure = {
  code: '2.001458',
  name: 'Đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho, thừa kế',
  field: 'Đất đai',
  competence: 'province-above-receiving-unit',
  validFrom: '2025-07-01',
  validTo: null,
  timeLimit: { value: 10, unit: 'working-days' },
  documents: [
    { code: 'don-dang-ky-bien-dong', name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất'.normalize('NFD'), form: 'original', count: 1, fillOnBehalf: true },
    { code: 'hop-dong', name: 'Hợp đồng, văn bản chuyển nhượng, tặng cho hoặc văn bản thừa kế', form: 'original', count: 1 },
  ],
  feeVnd: 0,
};
const birth: CatalogueProcedure = {
  ...land,
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  documents: [{ code: 'to-khai', name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1, fillOnBehalf: true }],
  fees: [
    { channel: 'in-person', amountVnd: 8000, per: 'hồ sơ' },
    { channel: 'online', amountVnd: 0 },
  ],
  feeExemptions: ['Người thuộc hộ nghèo'],
  afterHoursEligible: true,
};

describe('the desk catalogue', () => {
  it('keeps each document’s code and fill-on-behalf flag (absent: written in person), names in NFC', () => {
    const p = toDeskProcedure(land);
    expect(p.documents.map((d) => [d.code, d.fillOnBehalf])).toEqual([
      ['don-dang-ky-bien-dong', true],
      ['hop-dong', false],
    ]);
    expect(p.documents[0].name).toBe('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất'.normalize('NFC'));
  });

  it('takes the fee schedule per channel, or the in-person fee alone, with exemptions and the after-hours flag', () => {
    expect(toDeskProcedure(birth)).toMatchObject({ fees: [{ channel: 'in-person', amountVnd: 8000 }, { channel: 'online', amountVnd: 0 }], feeExemptions: ['Người thuộc hộ nghèo'], afterHoursEligible: true });
    expect(toDeskProcedure({ ...land, feeVnd: 25000 })).toMatchObject({ fees: [{ channel: 'in-person', amountVnd: 25000 }], feeExemptions: [], afterHoursEligible: false });
  });

  it('searches by code or by words without diacritics', () => {
    const all = [birth, land].map((p) => toDeskProcedure(p));
    expect(searchProcedures(all, 'bien dong').map((p) => p.code)).toEqual(['2.001458']);
    expect(searchProcedures(all, '1.0011').map((p) => p.code)).toEqual(['1.001193']);
    expect(searchProcedures(all, 'khai sinh').map((p) => p.code)).toEqual(['1.001193']);
    expect(searchProcedures(all, '').length).toBe(2);
    expect(searchProcedures(all, 'ket hon')).toEqual([]);
  });
});

describe('searching procedures and bundles', () => {
  const catalogue = toDeskCatalogue({
    unitCode: '29972',
    deskName: 'Bộ phận Một cửa',
    procedures: [land, birth],
    bundles: [{ code: '2TRONG1-DAT-KHAISINH', name: '2 trong 1: Đăng ký khai sinh và biến động đất', procedureCodes: ['1.001193', '2.001458'], validFrom: '2025-07-01', validTo: null }],
  });
  const shown = (q: string) => searchCatalogue(catalogue, q).map((h) => (h.kind === 'bundle' ? `bundle:${h.bundle.code}` : h.procedure.code));

  it('shows bundles beside procedures: a code first, then bundles, then the rest', () => {
    expect(shown('1.001193')).toEqual(['1.001193', 'bundle:2TRONG1-DAT-KHAISINH']);
    expect(shown('khai sinh')).toEqual(['bundle:2TRONG1-DAT-KHAISINH', '1.001193']);
    expect(shown('2 trong 1')).toEqual(['bundle:2TRONG1-DAT-KHAISINH']);
    expect(shown('ho tich')).toEqual(['1.001193']);
  });
});
