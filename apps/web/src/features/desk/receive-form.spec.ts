import { toDeskProcedure } from './catalogue';
import { checkApplicant, checkReasons, checkReceiveForm, checklistFor, emptyForm, missingDocuments, refusalBody, submitBody, type ReceiveForm } from './receive-form';
import type { CatalogueProcedure } from './types';

const now = new Date('2026-11-21T09:00:00Z');
const land = toDeskProcedure({
  code: '2.001458',
  name: 'Đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho, thừa kế',
  field: 'Đất đai',
  competence: 'province-above-receiving-unit',
  validFrom: '2025-07-01',
  validTo: null,
  timeLimit: { value: 10, unit: 'working-days' },
  documents: [
    { code: 'don-dang-ky-bien-dong', name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', form: 'original', count: 1, fillOnBehalf: true },
    { code: 'hop-dong', name: 'Hợp đồng, văn bản chuyển nhượng, tặng cho hoặc văn bản thừa kế', form: 'original', count: 1 },
    { code: 'giay-chung-nhan', name: 'Bản gốc Giấy chứng nhận đã cấp', form: 'original', count: 1 },
  ],
  feeVnd: 0,
} satisfies CatalogueProcedure);

function filled(): ReceiveForm {
  const form = emptyForm();
  form.procedureCode = land.code;
  form.documents = checklistFor(land).map((d) => ({ ...d, present: true }));
  form.applicant = { fullName: ' Nguye\u0302\u0303n  Thị Hồng ', idNumber: '087190001234', birthYear: '1990', phone: '+84 912 345 678', email: '', address: 'Ấp Phước Tiên, xã Tân Phước' };
  return form;
}

describe('the receive form', () => {
  it('sends the number of sets only when it is not one, and refuses what is not 1 to 10', () => {
    expect(submitBody(filled(), land)).not.toHaveProperty('sets');
    expect(submitBody({ ...filled(), sets: ' 3 ' }, land).sets).toBe(3);
    expect(submitBody({ ...filled(), sets: undefined }, land)).not.toHaveProperty('sets'); // a draft saved before the field
    for (const sets of ['0', '11', '2.5', 'hai', '-1']) expect([sets, checkReceiveForm({ ...filled(), sets }, land, now).sets]).toEqual([sets, { key: 'setsRange' }]);
    expect(checkReceiveForm({ ...filled(), sets: '10' }, land, now)).toEqual({});
  });

  it('finds nothing wrong with a complete, well-typed dossier', () => {
    expect(checkReceiveForm(filled(), land, now)).toEqual({});
    expect(missingDocuments(filled(), land)).toEqual([]);
  });

  it('names each applicant problem by the gateway field path', () => {
    const problems = checkApplicant({ fullName: 'A', idNumber: '123456789012', birthYear: '1984', phone: '12345', email: 'x@', address: '' }, now);
    expect(Object.keys(problems).sort()).toEqual(['applicant.address', 'applicant.email', 'applicant.fullName', 'applicant.idNumber', 'applicant.phone']);
    expect(problems['applicant.idNumber']).toEqual({ key: 'idProvince', params: { prefix: '123' } });
    expect(checkApplicant({ ...filled().applicant, birthYear: '1991' }, now)['applicant.idNumber']?.key).toBe('idYearMismatch');
  });

  it('refuses writing on behalf where the citizen must write in person, and needs the helper’s name elsewhere', () => {
    const form = filled();
    form.documents[1] = { ...form.documents[1], writtenOnBehalf: true, helperName: 'Lê Văn Giúp' };
    form.documents[0] = { ...form.documents[0], writtenOnBehalf: true, helperName: '' };
    expect(checkReceiveForm(form, land, now)).toEqual({ 'documents[1].writtenOnBehalfBy': { key: 'inPersonOnly' }, 'documents[0].writtenOnBehalfBy': { key: 'helperName' } });
  });

  it('lists missing documents without blocking (the gateway issues form 02)', () => {
    const form = filled();
    form.documents[1].present = false;
    expect(checkReceiveForm(form, land, now)).toEqual({});
    expect(missingDocuments(form, land)).toEqual(['Hợp đồng, văn bản chuyển nhượng, tặng cho hoặc văn bản thừa kế']);
  });

  it('builds the body: NFC name, normalised phone, codes, the helper only on a handed-in document, no fee for it', () => {
    const form = filled();
    form.documents[0] = { ...form.documents[0], writtenOnBehalf: true, helperName: 'Lê Thị  Giúp' };
    form.documents[2].present = false;
    const body = submitBody(form, land);
    expect(body.applicant).toEqual({ fullName: 'Nguyễn Thị Hồng', idNumber: '087190001234', birthYear: 1990, phone: '0912345678', address: 'Ấp Phước Tiên, xã Tân Phước' });
    expect(body.documents).toEqual([
      { code: 'don-dang-ky-bien-dong', present: true, count: 1, writtenOnBehalfBy: 'Lê Thị Giúp' },
      { code: 'hop-dong', present: true, count: 1 },
      { code: 'giay-chung-nhan', present: false },
    ]);
    expect(body.fee).toBeUndefined();
    expect(body.submitter).toBeUndefined();
  });

  it('checks and builds a refusal', () => {
    expect(checkReasons('')).toEqual({ key: 'reasonsRequired' });
    expect(checkReasons('ngắn')).toEqual({ key: 'reasonLength' });
    expect(checkReasons('Không thuộc thẩm quyền\n\n')).toBeNull();
    expect(refusalBody(filled(), '2.001458', 'Không thuộc thẩm quyền\n Giấy tờ giả mạo ').reasons).toEqual(['Không thuộc thẩm quyền', 'Giấy tờ giả mạo']);
  });
});
