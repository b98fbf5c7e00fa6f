import type { BundleMemberInput, BundleRecord, FieldProblem } from '@motcua/contracts';

/** The members handed in must be the bundle's procedures, each exactly once (in any order). */
export function memberProblems(bundle: BundleRecord, members: BundleMemberInput[]): FieldProblem[] {
  const expected = new Set(bundle.procedureCodes);
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  members.forEach((m, i) => {
    if (!expected.has(m.procedureCode)) problems.push({ field: `members[${i}].procedureCode`, reason: `${m.procedureCode} không thuộc nhóm thủ tục ${bundle.code}` });
    else if (seen.has(m.procedureCode)) problems.push({ field: `members[${i}].procedureCode`, reason: `${m.procedureCode} đã có trong hồ sơ liên thông` });
    seen.add(m.procedureCode);
  });
  const absent = bundle.procedureCodes.filter((code) => !seen.has(code));
  if (absent.length) problems.push({ field: 'members', reason: `Thiếu hồ sơ của thủ tục ${absent.join(', ')}` });
  return problems;
}

/** A child's field problems, named under the member they belong to. */
export function underMember(index: number, problems: FieldProblem[] = []): FieldProblem[] {
  return problems.map((p) => ({ ...p, field: `members[${index}].${p.field}` }));
}
