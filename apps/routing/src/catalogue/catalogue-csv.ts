import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { FieldProblem, ProcedureRecord } from '@motcua/contracts';

/**
 * The catalogue as CSV, one row per procedure version, for spreadsheet editing. Lists sit in one cell, one item
 * per line; an item's parts are separated by " | ":
 *   documents               code | name | original|copy | count [| fill-on-behalf]
 *   steps                   receiving-unit|competent-unit | working days | name [| head-approval]
 *   verificationExtensions  value | unit | reason
 *   receivingLevels, feeExemptions: one value per line.
 * Rows are numbered as a spreadsheet shows them (the header is row 1), and every problem names row and column.
 */
export const CSV_COLUMNS = [
  'code',
  'localCode',
  'validFrom',
  'validTo',
  'name',
  'field',
  'competence',
  'competentOffice',
  'receivingLevels',
  'receivableAnywhereInProvince',
  'timeLimitValue',
  'timeLimitUnit',
  'sameDayCutOff',
  'verificationExtensions',
  'feeInPersonVnd',
  'feeOnlineVnd',
  'feePostVnd',
  'feePer',
  'feeExemptions',
  'onlineLevel',
  'postalEligible',
  'afterHoursEligible',
  'documents',
  'steps',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const FEE_COLUMNS = { 'in-person': 'feeInPersonVnd', online: 'feeOnlineVnd', post: 'feePostVnd' } as const;
const SEP = ' | ';

export function catalogueToCsv(procedures: ProcedureRecord[]): string {
  const rows = procedures.map((p): Record<Column, string> => {
    const fee = (channel: keyof typeof FEE_COLUMNS) => p.fees?.find((f) => f.channel === channel)?.amountVnd.toString() ?? '';
    return {
      code: p.code,
      localCode: p.localCode ?? '',
      validFrom: p.validFrom,
      validTo: p.validTo ?? '',
      name: p.name,
      field: p.field,
      competence: p.competence,
      competentOffice: p.competentOffice ?? '',
      receivingLevels: (p.receivingLevels ?? []).join('\n'),
      receivableAnywhereInProvince: flag(p.receivableAnywhereInProvince),
      timeLimitValue: String(p.timeLimit.value),
      timeLimitUnit: p.timeLimit.unit,
      sameDayCutOff: p.sameDayCutOff ?? '',
      verificationExtensions: (p.verificationExtensions ?? []).map((e) => [e.value, e.unit, e.reason].join(SEP)).join('\n'),
      feeInPersonVnd: p.fees ? fee('in-person') : String(p.feeVnd),
      feeOnlineVnd: fee('online'),
      feePostVnd: fee('post'),
      feePer: p.fees?.find((f) => f.per)?.per ?? '',
      feeExemptions: (p.feeExemptions ?? []).join('\n'),
      onlineLevel: p.onlineLevel ?? '',
      postalEligible: flag(p.postalEligible),
      afterHoursEligible: flag(p.afterHoursEligible),
      documents: p.documents.map((d) => [d.code, d.name, d.form, d.count, ...(d.fillOnBehalf ? ['fill-on-behalf'] : [])].join(SEP)).join('\n'),
      steps: (p.steps ?? []).map((s) => [s.owner, s.budgetWorkingDays, s.name, ...(s.headApproval ? ['head-approval'] : [])].join(SEP)).join('\n'),
    };
  });
  // A byte-order mark: spreadsheet programs then read the Vietnamese text as UTF-8.
  return '\uFEFF' + stringify(rows, { header: true, columns: [...CSV_COLUMNS] });
}

const flag = (value: boolean | undefined): string => (value === undefined ? '' : String(value));

export interface CsvRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  /** The row as an ImportCatalogueBody procedure, still to be validated by the contract class. */
  plain: Record<string, unknown>;
}

/** Parses the CSV into procedure inputs; a cell that cannot be read is a problem naming its row and column. */
export function csvToCatalogue(text: string): { rows: CsvRow[]; problems: FieldProblem[] } {
  let records: { record: Record<string, string>; info: { index?: number; records: number } }[];
  try {
    records = parse(text, { bom: true, columns: headerCheck, info: true, skip_empty_lines: true, trim: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { rows: [], problems: [{ field: line ? `line ${line}` : '(csv)', reason: `không đọc được CSV: ${(error as Error).message}` }] };
  }
  const problems: FieldProblem[] = [];
  const rows = records.map(({ record, info }) => {
    const row = info.records + 1;
    const cell = (column: Column) => (record[column] ?? '').trim();
    const at = (column: Column, reason: string) => problems.push({ field: `row ${row}.${column}`, reason });
    const plain: Record<string, unknown> = {};
    const set = (key: string, value: unknown) => {
      if (value !== undefined) plain[key] = value;
    };
    for (const column of ['code', 'localCode', 'validFrom', 'name', 'field', 'competence', 'competentOffice', 'sameDayCutOff', 'onlineLevel'] as const) {
      set(column, cell(column) || undefined);
    }
    plain.validTo = cell('validTo') || null;
    set('receivingLevels', lines(cell('receivingLevels')));
    set('feeExemptions', lines(cell('feeExemptions')));
    for (const column of ['receivableAnywhereInProvince', 'postalEligible', 'afterHoursEligible'] as const) {
      set(column, bool(cell(column), () => at(column, 'phải là true, false hoặc để trống')));
    }
    plain.timeLimit = { value: int(cell('timeLimitValue'), () => at('timeLimitValue', 'phải là số nguyên')), unit: cell('timeLimitUnit') || undefined };
    const fees = (Object.entries(FEE_COLUMNS) as [keyof typeof FEE_COLUMNS, Column][]).flatMap(([channel, column]) => {
      const amount = int(cell(column), () => at(column, 'phải là số tiền (đồng), số nguyên'));
      return amount === undefined ? [] : [{ channel, amountVnd: amount, ...(cell('feePer') ? { per: cell('feePer') } : {}) }];
    });
    if (fees.length > 0) plain.fees = fees;
    plain.documents = items(cell('documents'), 4, 5, () => at('documents', `mỗi dòng: mã${SEP}tên${SEP}original|copy${SEP}số bản[${SEP}fill-on-behalf]`)).map(
      ([code, name, form, count, fill]) => ({
        code,
        name,
        form,
        count: int(count, () => at('documents', `số bản của “${code}” phải là số nguyên`)),
        ...(fill === 'fill-on-behalf' ? { fillOnBehalf: true } : fill ? (at('documents', `“${fill}” không phải fill-on-behalf`), {}) : {}),
      }),
    );
    const steps = items(cell('steps'), 3, 4, () => at('steps', `mỗi dòng: receiving-unit|competent-unit${SEP}số ngày làm việc${SEP}tên bước[${SEP}head-approval]`));
    if (steps.length > 0) {
      plain.steps = steps.map(([owner, days, name, approval]) => ({
        owner,
        name,
        budgetWorkingDays: int(days, () => at('steps', `số ngày của bước “${name}” phải là số nguyên`)),
        ...(approval === 'head-approval' ? { headApproval: true } : approval ? (at('steps', `“${approval}” không phải head-approval`), {}) : {}),
      }));
    }
    const extensions = items(cell('verificationExtensions'), 3, 3, () => at('verificationExtensions', `mỗi dòng: số${SEP}đơn vị${SEP}lý do`));
    if (extensions.length > 0) {
      plain.verificationExtensions = extensions.map(([value, unit, reason]) => ({ value: int(value, () => at('verificationExtensions', 'phải là số nguyên')), unit, reason }));
    }
    return { row, plain };
  });
  return { rows, problems };
}

/** class-validator paths of a row (timeLimit.unit, documents.2.count) in the CSV's own column names. */
export function csvField(path: string): string {
  const [head, ...rest] = path.split('.');
  if (head === 'timeLimit') return rest[0] === 'unit' ? 'timeLimitUnit' : 'timeLimitValue';
  if (head === 'fees') return 'feeInPersonVnd';
  if (/^\d+$/.test(rest[0] ?? '')) return `${head}[${rest[0]}]${rest.length > 1 ? `.${rest.slice(1).join('.')}` : ''}`;
  return path;
}

function headerCheck(header: string[]): string[] {
  const names = header.map((h) => h.trim());
  const unknown = names.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  const missing = ['code', 'validFrom', 'name', 'field', 'competence', 'timeLimitValue', 'timeLimitUnit', 'documents'].filter((c) => !names.includes(c));
  if (unknown.length > 0 || missing.length > 0) {
    const parts = [...(unknown.length ? [`cột không có trong mẫu: ${unknown.join(', ')}`] : []), ...(missing.length ? [`thiếu cột: ${missing.join(', ')}`] : [])];
    throw Object.assign(new Error(parts.join('; ')), { lines: 1 });
  }
  return names;
}

const lines = (value: string): string[] | undefined => {
  const list = value.split(/\r?\n/).map((v) => v.trim()).filter(Boolean);
  return list.length > 0 ? list : undefined;
};

function items(value: string, min: number, max: number, bad: () => void): string[][] {
  return (lines(value) ?? []).flatMap((line) => {
    const parts = line.split('|').map((p) => p.trim());
    if (parts.length < min || parts.length > max) {
      bad();
      return [];
    }
    return [parts];
  });
}

function int(value: string, bad: () => void): number | undefined {
  if (value === '') return undefined;
  if (!/^-?\d+$/.test(value)) {
    bad();
    return undefined;
  }
  return Number(value);
}

function bool(value: string, bad: () => void): boolean | undefined {
  if (value === '') return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  bad();
  return undefined;
}
