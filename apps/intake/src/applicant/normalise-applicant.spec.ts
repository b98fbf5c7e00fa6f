import { AppError } from '@motcua/contracts';
import { normaliseApplicant } from './normalise-applicant';

const applicant = { fullName: 'Nguyễn Thị Hồng', idNumber: '087190001234', phone: '0912345678', address: 'Ấp Phước Tiên' };
const now = new Date('2026-11-21T03:00:00Z');

describe('normaliseApplicant', () => {
  it('stores names and address in NFC whatever the keyboard sent', () => {
    const decomposed = { ...applicant, fullName: ' Nguyễn Thị Hồng'.normalize('NFD'), address: 'Ấp Phước Tiên'.normalize('NFD') };
    const result = normaliseApplicant(decomposed, now);
    expect(result.fullName).toBe('Nguyễn Thị Hồng');
    expect(result.fullName).toBe(result.fullName.normalize('NFC'));
    expect(result.address).toBe('Ấp Phước Tiên');
  });

  it('refuses an impossible ID number with 400 naming applicant.idNumber', () => {
    let error: AppError | undefined;
    try {
      normaliseApplicant({ ...applicant, idNumber: '003190001234' }, now);
    } catch (e) {
      error = e as AppError;
    }
    expect(error).toMatchObject({ status: 400, code: 'invalid_input', fields: [{ field: 'applicant.idNumber' }] });
  });

  it('keeps a legacy 9-digit number only as a reference beside the ID number', () => {
    expect(normaliseApplicant({ ...applicant, legacyIdNumber: '341234567' }, now)).toMatchObject({ idNumber: '087190001234', legacyIdNumber: '341234567' });
  });
});
