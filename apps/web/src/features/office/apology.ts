import type { TransferView } from './types';

/**
 * What form 04 (Phiếu xin lỗi và hẹn lại ngày trả kết quả) prints, all from the transfer as relay keeps it: the
 * reception, the appointment the citizen held, the apology's reason and new date, the procedure and the units.
 * A name relay did not know when the dossier was routed falls back to its code.
 */
export interface LetterFacts {
  dossierCode: string;
  procedure: string;
  receivingUnit: string;
  office: string;
  receivedAt: string | null;
  previousAppointmentAt: string | null;
  newAppointmentAt: string | null;
  reason: string;
  declaredAt: string | null;
}

/** The editable blanks of the letter; an unset agency name or reason is the one relay knows. */
export interface LetterFields {
  agencyName?: string;
  place: string;
  number: string;
  addressee: string;
  reason?: string;
}

export const EMPTY_FIELDS: LetterFields = { place: '', number: '', addressee: '' };

export function letterFacts(t: TransferView): LetterFacts {
  return {
    dossierCode: t.dossierCode,
    procedure: t.procedureName ? `${t.procedureName} (mã ${t.procedureCode})` : `mã ${t.procedureCode}`,
    receivingUnit: t.receivingUnitName ?? `đơn vị ${t.fromUnitCode}`,
    office: t.officeName ?? `Cơ quan giải quyết (mã ${t.toUnitCode})`,
    receivedAt: t.receivedAt,
    previousAppointmentAt: t.delay?.previousAppointmentAt ?? null,
    newAppointmentAt: t.delay?.newAppointmentAt ?? null,
    reason: t.delay?.reason ?? '',
    declaredAt: t.delay?.declaredAt ?? null,
  };
}

/** The letter as printed: the handler's corrections over relay's facts (a blank correction keeps relay's). */
export function withCorrections(facts: LetterFacts, fields: LetterFields): LetterFacts & { agency: string } {
  const agency = fields.agencyName?.trim() || facts.office;
  const reason = fields.reason?.trim() || facts.reason;
  return { ...facts, agency, reason };
}
