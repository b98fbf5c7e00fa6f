import type { DeskProcedure } from './catalogue';
import { checkFee, feeBody, type FeeInput } from './fees';
import { checkPersonalId } from './personal-id';
import { checkPhone, normalisePhone } from './phone';
import type { AssistanceKind, Channel, RefuseAtDeskBody, ResultDelivery, SubmitDossierBody } from './types';
import { tidyName } from './vietnamese-text';

/** One line of the checklist: handed in?, how many, written for the citizen by whom. */
export interface DocumentEntry {
  present: boolean;
  count: number;
  writtenOnBehalf: boolean;
  helperName: string;
}

export interface ApplicantEntry {
  fullName: string;
  idNumber: string;
  birthYear: string;
  phone: string;
  email: string;
  address: string;
}

/** One child of a bundle: its own checklist and its own fee. */
export interface MemberEntry {
  procedureCode: string;
  documents: DocumentEntry[];
  fee: FeeInput;
}

/** Everything typed on the receive screen (kept as a draft in sessionStorage). */
export interface ReceiveForm {
  procedureCode: string;
  documents: DocumentEntry[];
  /** A bundle picked instead of a single procedure ('' for none), with one entry per member procedure. */
  bundleCode: string;
  members: MemberEntry[];
  applicant: ApplicantEntry;
  submitter: { byOther: boolean; fullName: string; relation: string; phone: string };
  channel: Channel;
  resultDelivery: ResultDelivery;
  assistance: { kind: AssistanceKind | ''; fullName: string; organisation: string };
  fee: FeeInput;
  /** Số lượng hồ sơ (bộ), as typed; absent in drafts saved before it was asked. */
  sets?: string;
}

export function emptyForm(channel: Channel = 'counter'): ReceiveForm {
  return {
    procedureCode: '',
    documents: [],
    bundleCode: '',
    members: [],
    applicant: { fullName: '', idNumber: '', birthYear: '', phone: '', email: '', address: '' },
    submitter: { byOther: false, fullName: '', relation: '', phone: '' },
    channel,
    resultDelivery: 'desk',
    assistance: { kind: '', fullName: '', organisation: '' },
    fee: { exemption: '', receiptNumber: '' },
    sets: '1',
  };
}

/** The number of sets handed in: a whole number from 1 to 10 (the gateway's rule); empty means one. */
export function checkSets(sets: string | undefined): Problem | null {
  const text = (sets ?? '').trim();
  if (text === '') return null;
  return /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= 10 ? null : { key: 'setsRange' };
}

/** The checklist of a newly picked procedure: nothing ticked yet, each count as the catalogue asks. */
export function checklistFor(procedure: DeskProcedure): DocumentEntry[] {
  return procedure.documents.map((d) => ({ present: false, count: d.count, writtenOnBehalf: false, helperName: '' }));
}

/** A problem with one field: an i18n key under `desk:errors` and its parameters. */
export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}
export type Problems = Record<string, Problem>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The applicant checked as the gateway and intake will check it; keys are the gateway's field paths. */
export function checkApplicant(a: ApplicantEntry, now: Date): Problems {
  const out: Problems = {};
  const name = tidyName(a.fullName);
  if (name.length < 2 || name.length > 120) out['applicant.fullName'] = { key: 'nameLength' };
  else if (/\d/.test(name)) out['applicant.fullName'] = { key: 'nameDigits' };
  const birthYear = a.birthYear.trim();
  const year = Number(birthYear);
  if (birthYear && (!/^\d{4}$/.test(birthYear) || year < 1900 || year > now.getFullYear())) out['applicant.birthYear'] = { key: 'birthYear' };
  const id = checkPersonalId(a.idNumber.trim(), { currentYear: now.getFullYear(), birthYear: birthYear && !out['applicant.birthYear'] ? year : undefined });
  if (id) out['applicant.idNumber'] = id;
  const phone = checkPhone(a.phone);
  if (phone) out['applicant.phone'] = { key: phone };
  if (a.email.trim() && !EMAIL.test(a.email.trim())) out['applicant.email'] = { key: 'email' };
  const address = tidyName(a.address);
  if (address.length < 2 || address.length > 300) out['applicant.address'] = { key: 'address' };
  return out;
}

/** The checks every intake shares: applicant, someone else handing it in, who assisted. */
export function checkPeople(form: ReceiveForm, now: Date): Problems {
  const out: Problems = checkApplicant(form.applicant, now);
  if (form.submitter.byOther) {
    if (tidyName(form.submitter.fullName).length < 2) out['submitter.fullName'] = { key: 'nameLength' };
    if (form.submitter.phone.trim() && checkPhone(form.submitter.phone)) out['submitter.phone'] = { key: 'phoneFormat' };
  }
  if (form.assistance.kind && tidyName(form.assistance.fullName).length < 2) out['assistedBy.fullName'] = { key: 'nameLength' };
  return out;
}

/**
 * One procedure's checklist and fee, with field paths under `prefix` (`members[1].` for a bundle's second child),
 * as the gateway names them. Missing documents are not a problem here (they make form 02).
 */
export function checkChecklistAndFee(procedure: DeskProcedure, documents: DocumentEntry[], fee: FeeInput, channel: Channel, prefix = ''): Problems {
  const out: Problems = {};
  documents.forEach((d, i) => {
    const doc = procedure.documents[i];
    if (!doc || !d.present) return;
    if (!Number.isInteger(d.count) || d.count < 1 || d.count > 50) out[`${prefix}documents[${i}].count`] = { key: 'count' };
    if (d.writtenOnBehalf && !doc.fillOnBehalf) out[`${prefix}documents[${i}].writtenOnBehalfBy`] = { key: 'inPersonOnly' };
    else if (d.writtenOnBehalf && tidyName(d.helperName).length < 2) out[`${prefix}documents[${i}].writtenOnBehalfBy`] = { key: 'helperName' };
  });
  for (const p of checkFee(procedure, channel, fee)) out[`${prefix}${p.field}`] = { key: p.key };
  return out;
}

/** Every check the desk can make before sending; missing documents are not a problem here (they make form 02). */
export function checkReceiveForm(form: ReceiveForm, procedure: DeskProcedure | undefined, now: Date): Problems {
  const out: Problems = checkPeople(form, now);
  if (!procedure) out.procedureCode = { key: 'procedureRequired' };
  const sets = checkSets(form.sets);
  if (sets) out.sets = sets;
  if (procedure) {
    if (form.channel === 'after-hours-counter' && !procedure.afterHoursEligible) out.channel = { key: 'notAfterHours' };
    Object.assign(out, checkChecklistAndFee(procedure, form.documents, form.fee, form.channel));
  }
  return out;
}

/** Documents the checklist says are missing (not handed in, or fewer than the catalogue asks). */
export function missingDocuments(form: Pick<ReceiveForm, 'documents'>, procedure: DeskProcedure): string[] {
  return procedure.documents.filter((doc, i) => !form.documents[i]?.present || form.documents[i].count < doc.count).map((d) => d.name);
}

export function applicantBody(a: ApplicantEntry): SubmitDossierBody['applicant'] {
  return {
    fullName: tidyName(a.fullName),
    idNumber: a.idNumber.trim(),
    ...(a.birthYear.trim() ? { birthYear: Number(a.birthYear.trim()) } : {}),
    phone: normalisePhone(a.phone) ?? a.phone.trim(),
    ...(a.email.trim() ? { email: a.email.trim() } : {}),
    address: tidyName(a.address),
  };
}

/** POST /api/dossiers's body: names NFC, phone normalised, only what was given; never a fee for writing on behalf. */
export function submitBody(form: ReceiveForm, procedure: DeskProcedure): SubmitDossierBody {
  const fee = feeBody(form.fee);
  return {
    procedureCode: procedure.code,
    channel: form.channel,
    resultDelivery: form.resultDelivery,
    applicant: applicantBody(form.applicant),
    documents: documentsBody(procedure, form.documents),
    ...(form.sets?.trim() && form.sets.trim() !== '1' ? { sets: Number(form.sets.trim()) } : {}),
    ...peopleBody(form),
    ...(fee ? { fee } : {}),
  };
}

/** The checklist as the gateway takes it: each catalogue document by code, handed in or not, who wrote it. */
export function documentsBody(procedure: DeskProcedure, entries: DocumentEntry[]): SubmitDossierBody['documents'] {
  return procedure.documents.flatMap((doc, i) => {
    const d = entries[i];
    if (!doc.code || !d) return [];
    const helper = d.present && d.writtenOnBehalf ? tidyName(d.helperName) : '';
    return [{ code: doc.code, present: d.present, ...(d.present ? { count: d.count } : {}), ...(helper ? { writtenOnBehalfBy: helper } : {}) }];
  });
}

/** Who handed the dossier in for the applicant and who assisted: only what was given. */
export function peopleBody(form: ReceiveForm): Pick<SubmitDossierBody, 'submitter' | 'assistedBy'> {
  const { submitter, assistance } = form;
  return {
    ...(submitter.byOther
      ? {
          submitter: {
            fullName: tidyName(submitter.fullName),
            ...(submitter.relation.trim() ? { relation: tidyName(submitter.relation) } : {}),
            ...(submitter.phone.trim() ? { phone: normalisePhone(submitter.phone) ?? submitter.phone.trim() } : {}),
          },
        }
      : {}),
    ...(assistance.kind
      ? { assistedBy: { kind: assistance.kind, fullName: tidyName(assistance.fullName), ...(assistance.organisation.trim() ? { organisation: tidyName(assistance.organisation) } : {}) } }
      : {}),
  };
}

/** POST /api/intake-desk/refusals's body: the applicant and the reasons, one per non-empty line. */
export function refusalBody(form: ReceiveForm, procedureCode: string, reasonsText: string): RefuseAtDeskBody {
  return {
    procedureCode,
    applicant: applicantBody(form.applicant),
    reasons: reasonsText
      .split('\n')
      .map((r) => tidyName(r))
      .filter(Boolean),
    channel: form.channel,
  };
}

/** Reasons checked as the gateway checks them: 1 to 20, each 5 to 500 characters. */
export function checkReasons(reasonsText: string): Problem | null {
  const reasons = reasonsText
    .split('\n')
    .map((r) => tidyName(r))
    .filter(Boolean);
  if (reasons.length === 0) return { key: 'reasonsRequired' };
  if (reasons.length > 20) return { key: 'reasonsTooMany' };
  if (reasons.some((r) => r.length < 5 || r.length > 500)) return { key: 'reasonLength' };
  return null;
}
