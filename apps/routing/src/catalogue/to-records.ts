import type { BundleInput, BundleRecord, ProcedureRecord, ProcedureVersionInput } from '@motcua/contracts';

/** Drops absent values, so an imported version and its stored copy compare equal. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** A validated import row as the version routing stores; the in-person fee doubles as the legacy `feeVnd`. */
export function toProcedureRecord(input: ProcedureVersionInput): ProcedureRecord {
  const inPerson = input.fees?.find((fee) => fee.channel === 'in-person')?.amountVnd;
  const record = compact<Omit<ProcedureRecord, 'validTo'>>({
    code: input.code,
    name: input.name.trim(),
    field: input.field.trim(),
    competence: input.competence,
    timeLimit: { value: input.timeLimit.value, unit: input.timeLimit.unit },
    documents: input.documents.map((d) => compact({ code: d.code, name: d.name.trim(), form: d.form, count: d.count, fillOnBehalf: d.fillOnBehalf })),
    feeVnd: input.feeVnd ?? inPerson ?? 0,
    validFrom: input.validFrom,
    localCode: input.localCode,
    competentOffice: input.competentOffice,
    receivingLevels: input.receivingLevels,
    receivableAnywhereInProvince: input.receivableAnywhereInProvince,
    sameDayCutOff: input.sameDayCutOff,
    verificationExtensions: input.verificationExtensions?.map((e) => ({ value: e.value, unit: e.unit, reason: e.reason })),
    fees: input.fees?.map((f) => compact({ channel: f.channel, amountVnd: f.amountVnd, per: f.per })),
    feeExemptions: input.feeExemptions,
    onlineLevel: input.onlineLevel,
    postalEligible: input.postalEligible,
    afterHoursEligible: input.afterHoursEligible,
    steps: input.steps?.map((s) => ({ name: s.name, owner: s.owner, budgetWorkingDays: s.budgetWorkingDays, ...(s.headApproval ? { headApproval: true } : {}) })),
  });
  return { ...record, validTo: input.validTo ?? null };
}

export function toBundleRecord(input: BundleInput): BundleRecord {
  const record = compact<Omit<BundleRecord, 'validTo'>>({
    code: input.code,
    name: input.name.trim(),
    procedureCodes: [...input.procedureCodes],
    timeLimit: input.timeLimit ? { value: input.timeLimit.value, unit: input.timeLimit.unit } : undefined,
    validFrom: input.validFrom,
  });
  return { ...record, validTo: input.validTo ?? null };
}
