import type { ProcedureRecord } from '@motcua/contracts';
import { checkWrittenOnBehalf, partiesOf, writersByDocument } from './channel-parties';

const marriage: ProcedureRecord = {
  code: '1.000894',
  name: 'Đăng ký kết hôn',
  field: 'Hộ tịch',
  competence: 'receiving-unit',
  timeLimit: { value: 0, unit: 'same-day' },
  documents: [
    { code: 'to-khai', name: 'Tờ khai đăng ký kết hôn', form: 'original', count: 1, fillOnBehalf: true },
    { code: 'cam-ket', name: 'Bản cam kết tự nguyện', form: 'original', count: 1 },
  ],
  feeVnd: 0,
  validFrom: '2019-01-01',
  validTo: null,
};

describe('writing on behalf', () => {
  it('allows it for a document the catalogue marks fill-on-behalf', () => {
    expect(checkWrittenOnBehalf(marriage, [{ code: 'to-khai', present: true, writtenOnBehalfBy: 'Trần Thị Mai' }, { code: 'cam-ket', present: true }])).toEqual([]);
  });

  it('refuses it for a document that must be written in person, naming the document', () => {
    expect(checkWrittenOnBehalf(marriage, [{ code: 'to-khai', present: true }, { code: 'cam-ket', present: true, writtenOnBehalfBy: 'Trần Thị Mai' }])).toEqual([
      { field: 'documents[1].writtenOnBehalfBy', reason: 'Bản cam kết tự nguyện phải do người nộp tự viết, không được viết hộ' },
    ]);
  });

  it('lists the helper per document, in NFC', () => {
    const writers = writersByDocument([{ code: 'to-khai', present: true, writtenOnBehalfBy: ' Trần Thị Mai'.normalize('NFD') }, { code: 'cam-ket', present: true }]);
    expect([...writers]).toEqual([['to-khai', 'Trần Thị Mai']]);
  });
});

describe('partiesOf', () => {
  const body = { procedureCode: '1.000894', channel: 'hamlet-point' as const, resultDelivery: 'home' as const, applicant: { fullName: 'An', idNumber: '087190001234', phone: '0912345678', address: 'Ấp 1' }, documents: [] };

  it('keeps the submitter and the helper apart from the applicant, in NFC, only when given', () => {
    expect(partiesOf(body)).toEqual({});
    expect(
      partiesOf({
        ...body,
        submitter: { fullName: 'Lê Văn Bình'.normalize('NFD'), relation: 'con', phone: '0987654321' },
        assistedBy: { kind: 'union-volunteer', fullName: 'Trần Thị Mai', organisation: 'Chi hội Phụ nữ ấp Phước Tiên' },
      }),
    ).toEqual({
      submitter: { fullName: 'Lê Văn Bình', relation: 'con', phone: '0987654321' },
      assistedBy: { kind: 'union-volunteer', fullName: 'Trần Thị Mai', organisation: 'Chi hội Phụ nữ ấp Phước Tiên' },
    });
  });
});
