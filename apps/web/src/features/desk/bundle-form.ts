import type { DeskBundle } from './catalogue';
import { feeBody } from './fees';
import { applicantBody, checkChecklistAndFee, checklistFor, checkPeople, documentsBody, missingDocuments, peopleBody, type MemberEntry, type Problems, type ReceiveForm } from './receive-form';
import type { SubmitBundleBody } from './types';

/** A newly picked bundle: one empty checklist and fee per member procedure, in the bundle's order. */
export function membersFor(bundle: DeskBundle): MemberEntry[] {
  return bundle.members.map((p) => ({ procedureCode: p.code, documents: checklistFor(p), fee: { exemption: '', receiptNumber: '' } }));
}

/**
 * A bundle checked as the gateway and intake check it: one applicant; each child's checklist and fee named under
 * its member (`members[1].fee.receiptNumber`); the after-hours counter only when every child is taken after hours.
 */
export function checkBundleForm(form: ReceiveForm, bundle: DeskBundle, now: Date): Problems {
  const out: Problems = checkPeople(form, now);
  if (form.channel === 'after-hours-counter' && bundle.members.some((p) => !p.afterHoursEligible)) out.channel = { key: 'notAfterHours' };
  bundle.members.forEach((procedure, i) => {
    const member = form.members[i] ?? membersFor(bundle)[i];
    Object.assign(out, checkChecklistAndFee(procedure, member.documents, member.fee, form.channel, `members[${i}].`));
  });
  return out;
}

/** What the checklists say is missing, child by child (an empty list when every child is complete). */
export function missingByMember(form: ReceiveForm, bundle: DeskBundle): { procedure: string; documents: string[] }[] {
  return bundle.members
    .map((p, i) => ({ procedure: p.name, documents: missingDocuments({ documents: form.members[i]?.documents ?? [] }, p) }))
    .filter((m) => m.documents.length > 0);
}

/** POST /api/intake-desk/bundles's body: one applicant, each child with its own documents and fee. */
export function bundleBody(form: ReceiveForm, bundle: DeskBundle): SubmitBundleBody {
  return {
    bundleCode: bundle.code,
    channel: form.channel,
    resultDelivery: form.resultDelivery,
    applicant: applicantBody(form.applicant),
    members: bundle.members.map((procedure, i) => {
      const member = form.members[i] ?? membersFor(bundle)[i];
      const fee = feeBody(member.fee);
      return { procedureCode: procedure.code, documents: documentsBody(procedure, member.documents), ...(fee ? { fee } : {}) };
    }),
    ...peopleBody(form),
  };
}
