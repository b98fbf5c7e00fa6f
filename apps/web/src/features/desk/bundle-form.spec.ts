import { bundleBody, checkBundleForm, membersFor, missingByMember } from './bundle-form';
import { toDeskCatalogue } from './catalogue';
import { emptyForm, type ReceiveForm } from './receive-form';
import type { DeskCatalogueView } from './types';

const now = new Date('2026-11-21T09:00:00Z');
const view: DeskCatalogueView = {
  unitCode: '29972',
  deskName: 'Bộ phận Một cửa xã Tân Phước',
  procedures: [
    {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      competence: 'receiving-unit',
      validFrom: '2025-07-01',
      validTo: null,
      timeLimit: { value: 0, unit: 'same-day' },
      documents: [
        { code: 'to-khai', name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1, fillOnBehalf: true },
        { code: 'giay-chung-sinh', name: 'Giấy chứng sinh', form: 'original', count: 1 },
      ],
      feeVnd: 0,
      afterHoursEligible: true,
    },
    {
      code: '1.004222',
      name: 'Đăng ký thường trú',
      field: 'Đăng ký, quản lý cư trú',
      competence: 'receiving-unit',
      validFrom: '2025-07-01',
      validTo: null,
      timeLimit: { value: 7, unit: 'working-days' },
      documents: [{ code: 'ct01', name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', form: 'original', count: 1, fillOnBehalf: true }],
      feeVnd: 20000,
      fees: [
        { channel: 'in-person', amountVnd: 20000 },
        { channel: 'online', amountVnd: 10000 },
      ],
      feeExemptions: ['Trẻ em dưới 16 tuổi'],
    },
  ],
  bundles: [
    { code: 'LIENTHONG-KHAISINH-THUONGTRU', name: 'Liên thông đăng ký khai sinh – đăng ký thường trú', procedureCodes: ['1.001193', '1.004222'], timeLimit: { value: 3, unit: 'working-days' }, validFrom: '2025-07-01', validTo: null },
    { code: 'KHONG-NHAN', name: 'Nhóm có thủ tục bàn này không nhận', procedureCodes: ['1.001193', '9.999999'], validFrom: '2025-07-01', validTo: null },
  ],
};
const catalogue = toDeskCatalogue(view);
const bundle = catalogue.bundles[0];

function filled(): ReceiveForm {
  const form = emptyForm();
  form.bundleCode = bundle.code;
  form.members = membersFor(bundle).map((m) => ({ ...m, documents: m.documents.map((d) => ({ ...d, present: true })) }));
  form.applicant = { fullName: 'Trần Văn Cha', idNumber: '087190001234', birthYear: '1990', phone: '0912345678', email: '', address: 'Ấp Phước Tiên, xã Tân Phước' };
  return form;
}

describe('a "2 in 1" bundle at the desk', () => {
  it('keeps only bundles whose every member the desk receives, members in the bundle’s order', () => {
    expect(catalogue.bundles.map((b) => [b.code, b.members.map((m) => m.code)])).toEqual([['LIENTHONG-KHAISINH-THUONGTRU', ['1.001193', '1.004222']]]);
    expect(bundle.timeLimit).toEqual({ value: 3, unit: 'working-days' });
  });

  it('starts one empty checklist and fee per child', () => {
    expect(membersFor(bundle)).toEqual([
      { procedureCode: '1.001193', documents: [expect.objectContaining({ present: false }), expect.objectContaining({ present: false })], fee: { exemption: '', receiptNumber: '' } },
      { procedureCode: '1.004222', documents: [expect.objectContaining({ present: false, count: 1 })], fee: { exemption: '', receiptNumber: '' } },
    ]);
  });

  it('names each child’s problems under its member, as the gateway does', () => {
    const form = filled();
    expect(checkBundleForm(form, bundle, now)).toEqual({});
    form.members[1].fee = { exemption: 'Không có trong danh mục', receiptNumber: '' };
    form.members[0].fee = { exemption: '', receiptNumber: 'BL-1' };
    form.members[0].documents[1] = { ...form.members[0].documents[1], writtenOnBehalf: true, helperName: 'Lê Văn Giúp' };
    expect(checkBundleForm(form, bundle, now)).toEqual({
      'members[0].documents[1].writtenOnBehalfBy': { key: 'inPersonOnly' },
      'members[0].fee.receiptNumber': { key: 'feeNoReceiptWhenFree' },
      'members[1].fee.exemption': { key: 'feeExemptionUnknown' },
    });
  });

  it('takes the after-hours counter only when every child is taken after hours', () => {
    const form = { ...filled(), channel: 'after-hours-counter' as const };
    expect(checkBundleForm(form, bundle, now).channel).toEqual({ key: 'notAfterHours' });
  });

  it('lists what is missing child by child', () => {
    const form = filled();
    form.members[1].documents[0].present = false;
    expect(missingByMember(form, bundle)).toEqual([{ procedure: 'Đăng ký thường trú', documents: ['Tờ khai thay đổi thông tin cư trú (mẫu CT01)'] }]);
    expect(missingByMember(filled(), bundle)).toEqual([]);
  });

  it('builds one body: one applicant, each child with its documents and its own fee', () => {
    const form = filled();
    form.members[0].documents[1].present = false;
    form.members[1].fee = { exemption: '', receiptNumber: ' BL-0042 ' };
    form.resultDelivery = 'home';
    expect(bundleBody(form, bundle)).toEqual({
      bundleCode: 'LIENTHONG-KHAISINH-THUONGTRU',
      channel: 'counter',
      resultDelivery: 'home',
      applicant: { fullName: 'Trần Văn Cha', idNumber: '087190001234', birthYear: 1990, phone: '0912345678', address: 'Ấp Phước Tiên, xã Tân Phước' },
      members: [
        { procedureCode: '1.001193', documents: [{ code: 'to-khai', present: true, count: 1 }, { code: 'giay-chung-sinh', present: false }] },
        { procedureCode: '1.004222', documents: [{ code: 'ct01', present: true, count: 1 }], fee: { receiptNumber: 'BL-0042' } },
      ],
    });
  });
});
