import type { FieldProblem, ProcedureRecord, Receipt, SubmitDossierBody, SubmittedDocument } from '@motcua/contracts';

/**
 * "Ngày không viết": staff or a helper may write a document for the citizen only where the catalogue marks it
 * fill-on-behalf; every other document must be written by the citizen in person. Returns each offending document.
 */
export function checkWrittenOnBehalf(procedure: ProcedureRecord, submitted: SubmittedDocument[]): FieldProblem[] {
  const required = new Map(procedure.documents.map((d) => [d.code, d]));
  return submitted.flatMap((d, index) => {
    const doc = required.get(d.code);
    if (!d.writtenOnBehalfBy || !doc || doc.fillOnBehalf === true) return [];
    return [{ field: `documents[${index}].writtenOnBehalfBy`, reason: `${doc.name} phải do người nộp tự viết, không được viết hộ` }];
  });
}

/** The helper's name per document code, in NFC, as the receipt lists it. */
export function writersByDocument(submitted: SubmittedDocument[]): Map<string, string> {
  return new Map(submitted.filter((d) => d.present && d.writtenOnBehalfBy).map((d) => [d.code, d.writtenOnBehalfBy!.normalize('NFC').trim()]));
}

const nfc = (text: string) => text.normalize('NFC').trim();

/**
 * Who handed the dossier in and who helped, kept apart from its owner (the applicant): only what was given, names
 * in NFC. Absent submitter means the applicant came in person.
 */
export function partiesOf(body: SubmitDossierBody): Pick<Receipt, 'submitter' | 'assistedBy'> {
  const { submitter, assistedBy } = body;
  return {
    ...(submitter
      ? {
          submitter: {
            fullName: nfc(submitter.fullName),
            ...(submitter.relation ? { relation: nfc(submitter.relation) } : {}),
            ...(submitter.phone ? { phone: submitter.phone } : {}),
          },
        }
      : {}),
    ...(assistedBy
      ? { assistedBy: { kind: assistedBy.kind, fullName: nfc(assistedBy.fullName), ...(assistedBy.organisation ? { organisation: nfc(assistedBy.organisation) } : {}) } }
      : {}),
  };
}
