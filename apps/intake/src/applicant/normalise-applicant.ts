import { AppError, type ApplicantInput } from '@motcua/contracts';
import { checkPersonalIdNumber } from './personal-id';

/**
 * The applicant as intake stores it: names and address in Unicode NFC (a keyboard may send "ễ" decomposed,
 * and the register, the receipt and searches must see one spelling), the ID number checked (400 naming it).
 */
export function normaliseApplicant(applicant: ApplicantInput, now: Date): ApplicantInput {
  const problem = checkPersonalIdNumber(applicant.idNumber, {
    field: 'applicant.idNumber',
    currentYear: now.getUTCFullYear(),
    birthYear: applicant.birthYear,
  });
  if (problem) throw AppError.invalid([problem]);
  return { ...applicant, fullName: applicant.fullName.normalize('NFC').trim(), address: applicant.address.normalize('NFC').trim() };
}
