import { ancestorAt, inForce, levelOf, type FieldProblem, type UnitAlias, type UnitLevel, type UnitRecord } from '@motcua/contracts';

const RANK: Record<Exclude<UnitLevel, 'agency'>, number> = { province: 0, district: 1, commune: 2, village: 3 };
const vn = (day: string) => day.split('-').reverse().join('/');

/** The unit tree of one day: each code's version in force on it. */
export function treeOn(units: UnitRecord[], day: string): (code: string) => UnitRecord | undefined {
  const byCode = new Map<string, UnitRecord[]>();
  for (const u of units) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
  return (code) => byCode.get(code)?.find((v) => inForce(v, day));
}

/** Rules one unit version's own fields decide; fields relative to the row. */
export function checkUnit(u: UnitRecord): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (u.validTo !== null && u.validTo < u.validFrom) problems.push({ field: 'validTo', reason: 'ngày hết hiệu lực trước ngày có hiệu lực' });
  const province = u.type === 'province' || u.level === 'province' || (u.type === 'city' && !u.level && u.parentCode === null);
  if (province !== (u.parentCode === null)) {
    problems.push({ field: 'parentCode', reason: province ? 'tỉnh, thành phố trực thuộc trung ương không có đơn vị cấp trên' : 'thiếu đơn vị cấp trên' });
  }
  if (u.type === 'village' && u.level && u.level !== 'village') problems.push({ field: 'level', reason: 'thôn, ấp, tổ dân phố ở cấp village' });
  if (u.type === 'agency' && u.level && u.level !== 'agency') problems.push({ field: 'level', reason: 'cơ quan chuyên môn ở cấp agency' });
  const kinds = (u.offices ?? []).map((o) => o.kind);
  kinds.forEach((kind, i) => {
    if (kinds.indexOf(kind) < i) problems.push({ field: `offices[${i}].kind`, reason: `trùng loại cơ quan “${kind}”` });
  });
  if ((u.offices ?? []).some((o) => o.kind === 'one-stop-desk') && u.deskName.trim() === '') {
    problems.push({ field: 'deskName', reason: 'đơn vị có bộ phận một cửa phải có tên bộ phận in trên phiếu' });
  }
  return problems;
}

/**
 * Rules of the whole tree once the import is applied, for the imported rows: the parent exists and sits above on
 * the day the version starts (and ends), offices with their own inbox exist, no unit is its own ancestor; aliases
 * point from a code that has ended to one in force.
 */
export function checkTree(all: UnitRecord[], rows: { row: string; unit: UnitRecord }[], aliases: { row: string; alias: UnitAlias }[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const { row, unit } of rows) {
    for (const day of [unit.validFrom, ...(unit.validTo ? [unit.validTo] : [])]) {
      const tree = treeOn(all, day);
      const self = tree(unit.code);
      if (!self || !unit.parentCode) continue;
      const parent = tree(unit.parentCode);
      if (!parent) {
        problems.push({ field: `${row}.parentCode`, reason: `đơn vị cấp trên ${unit.parentCode} không có hiệu lực ngày ${vn(day)}` });
        break;
      }
      const [own, above] = [levelOf(self, tree, day), levelOf(parent, tree, day)];
      const fits = own === 'agency' ? above !== 'village' : above !== 'agency' && above !== 'village' && RANK[above] < RANK[own];
      if (!fits) problems.push({ field: `${row}.parentCode`, reason: `${parent.name} (${above}) không thể là cấp trên của đơn vị cấp ${own}` });
      if (own !== 'province' && own !== 'agency' && !ancestorAt(self, 'province', tree, day)) {
        problems.push({ field: `${row}.parentCode`, reason: `chuỗi cấp trên không dẫn tới một tỉnh ngày ${vn(day)} (vòng lặp hoặc đứt)` });
      }
      (unit.offices ?? []).forEach((office, i) => {
        if (office.unitCode && !tree(office.unitCode)) {
          problems.push({ field: `${row}.offices[${i}].unitCode`, reason: `cơ quan ${office.unitCode} không có hiệu lực ngày ${vn(day)}` });
        }
      });
      if (problems.some((p) => p.field.startsWith(`${row}.`))) break;
    }
  }
  for (const { row, alias } of aliases) {
    const tree = treeOn(all, alias.since);
    if (!tree(alias.successorCode)) problems.push({ field: `${row}.successorCode`, reason: `đơn vị ${alias.successorCode} không có hiệu lực ngày ${vn(alias.since)}` });
    if (tree(alias.code)) problems.push({ field: `${row}.since`, reason: `đơn vị ${alias.code} vẫn còn hiệu lực ngày ${vn(alias.since)}: kết thúc phiên bản của nó trước ngày sáp nhập` });
  }
  return problems;
}
