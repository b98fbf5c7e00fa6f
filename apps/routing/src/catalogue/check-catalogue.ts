import { inForce, type BundleRecord, type FieldProblem, type ProcedureRecord } from '@motcua/contracts';

/**
 * Rules of one procedure version that its fields alone decide (the shape is checked by the contract classes).
 * Fields are relative to the row (`timeLimit.value`); the caller names the row.
 */
export function checkProcedure(p: ProcedureRecord): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (field: string, reason: string) => problems.push({ field, reason });
  const { value, unit } = p.timeLimit;
  if (p.validTo !== null && p.validTo < p.validFrom) at('validTo', 'ngày hết hiệu lực trước ngày có hiệu lực');
  if (unit === 'same-day' ? value !== 0 : value < 1) {
    at('timeLimit.value', unit === 'same-day' ? 'thủ tục giải quyết trong ngày có thời hạn 0' : 'thời hạn phải từ 1 trở lên');
  }
  if (p.sameDayCutOff && unit !== 'same-day') at('sameDayCutOff', 'giờ tiếp nhận muộn nhất chỉ dành cho thủ tục giải quyết trong ngày');
  if (p.competentOffice === 'one-stop-desk') at('competentOffice', 'bộ phận một cửa tiếp nhận hồ sơ, không giải quyết thủ tục');
  if (p.receivingLevels?.includes('village')) at('receivingLevels', 'thôn, ấp, tổ dân phố là điểm hỗ trợ, không tiếp nhận hồ sơ');
  duplicates(p.documents.map((d) => d.code)).forEach((i) => at(`documents[${i}].code`, `trùng mã giấy tờ “${p.documents[i].code}”`));
  duplicates((p.fees ?? []).map((f) => f.channel)).forEach((i) => at(`fees[${i}].channel`, 'mỗi kênh chỉ có một mức phí'));
  const inPerson = p.fees?.find((f) => f.channel === 'in-person');
  if (inPerson && inPerson.amountVnd !== p.feeVnd) at('feeVnd', `khác mức phí nộp trực tiếp (${inPerson.amountVnd} đ)`);
  (p.verificationExtensions ?? []).forEach((e, i) => {
    if (e.unit === 'same-day') at(`verificationExtensions[${i}].unit`, 'thời gian xác minh phải tính bằng ngày hoặc giờ');
  });
  if (p.steps) {
    const total = p.steps.reduce((sum, s) => sum + s.budgetWorkingDays, 0);
    const limit = unit === 'working-days' || unit === 'days' ? value : 0;
    if (total > limit) at('steps', `tổng thời gian các bước (${total} ngày làm việc) vượt thời hạn giải quyết (${limit})`);
    if (!p.steps.some((s) => s.owner === 'competent-unit')) at('steps', 'quy trình phải có ít nhất một bước của cơ quan có thẩm quyền');
    p.steps.forEach((s, i) => {
      if (s.headApproval && s.owner !== 'competent-unit') at(`steps[${i}].headApproval`, 'chỉ lãnh đạo cơ quan có thẩm quyền duyệt, ký kết quả');
    });
  }
  return problems;
}

/** Bundle rules against the whole catalogue once the import is applied: members exist when the bundle starts. */
export function checkBundle(bundle: BundleRecord, procedures: ProcedureRecord[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (bundle.validTo !== null && bundle.validTo < bundle.validFrom) problems.push({ field: 'validTo', reason: 'ngày hết hiệu lực trước ngày có hiệu lực' });
  duplicates(bundle.procedureCodes).forEach((i) => problems.push({ field: `procedureCodes[${i}]`, reason: 'thủ tục lặp lại trong nhóm' }));
  bundle.procedureCodes.forEach((code, i) => {
    if (!procedures.some((p) => p.code === code && inForce(p, bundle.validFrom))) {
      problems.push({ field: `procedureCodes[${i}]`, reason: `thủ tục ${code} không có hiệu lực ngày ${bundle.validFrom.split('-').reverse().join('/')}` });
    }
  });
  return problems;
}

/** Indexes of values already seen earlier in the list. */
function duplicates(values: string[]): number[] {
  return values.flatMap((value, i) => (values.indexOf(value) < i ? [i] : []));
}
