import type { FieldProblem } from '../../api/api-error';
import { STAFF_ROLES, type SaveSessionBody, type SessionRecord, type StaffRole, type ThemeDayInput, type ThemeDayRecord, type Weekday } from './admin-types';

/** What a unit administrator may grant (identity staff-admin.policy UNIT_GRANTABLE_ROLES); a province administrator grants every role. */
export const UNIT_GRANTABLE_ROLES: readonly StaffRole[] = ['desk-clerk', 'after-hours-clerk', 'office-handler', 'office-head', 'unit-admin'];

export function grantableRoles(actorRoles: readonly string[]): StaffRole[] {
  if (actorRoles.includes('province-admin')) return [...STAFF_ROLES];
  if (actorRoles.includes('unit-admin')) return [...UNIT_GRANTABLE_ROLES];
  return [];
}

/** Whether the actor may change this account at all (a unit administrator: not one holding province-wide roles). */
export function mayManage(actorRoles: readonly string[], actorUnit: string, account: { unitCode: string; roles: readonly string[] }): boolean {
  if (actorRoles.includes('province-admin')) return true;
  if (!actorRoles.includes('unit-admin') || account.unitCode !== actorUnit) return false;
  return account.roles.every((r) => (UNIT_GRANTABLE_ROLES as readonly string[]).includes(r));
}

export interface RowProblem {
  /** '' for a problem of the file as a whole. */
  row: string;
  /** Spreadsheet row number (CSV) or 1-based entry number (JSON), for sorting and display. */
  rowNumber: number | null;
  field: string;
  reason: string;
}

/**
 * The import's problems by row and field, as routing names them: `row 5.documents` (CSV: the spreadsheet's row and
 * column; `line 1` when the file cannot be read), `procedures[3].timeLimit.value` or `procedures.3.timeLimit.value` (JSON:
 * the fourth entry), `bundles[0].procedureCodes`.
 */
export function importProblems(fields: readonly FieldProblem[]): RowProblem[] {
  return fields
    .map((f): RowProblem => {
      const csv = /^(row|line) (\d+)(?:\.(.*))?$/.exec(f.field);
      if (csv) return { row: `${csv[1]} ${csv[2]}`, rowNumber: Number(csv[2]), field: csv[3] ?? '', reason: f.reason };
      // The gateway's own check names entries `procedures.1.x`; routing's rules `procedures[1].x`.
      const json = /^(procedures|bundles)(?:\[(\d+)\]|\.(\d+))(?:\.(.*))?$/.exec(f.field);
      if (json) {
        const index = Number(json[2] ?? json[3]);
        return { row: `${json[1]}[${index}]`, rowNumber: index + 1, field: json[4] ?? '', reason: f.reason };
      }
      return { row: '', rowNumber: null, field: f.field, reason: f.reason };
    })
    .sort((a, b) => (a.rowNumber ?? 0) - (b.rowNumber ?? 0));
}

export type ImportPayload = { format: 'csv'; body: { csv: string } } | { format: 'json'; body: { procedures: unknown[]; bundles?: unknown[] } };

/** A file as the import endpoints take it: JSON (the export's shape, or a bare list of procedures) or CSV. */
export function importPayload(fileName: string, text: string): ImportPayload | { error: 'json-invalid' | 'empty' } {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { error: 'empty' };
  const looksJson = /\.json$/i.test(fileName) || trimmed.startsWith('{') || trimmed.startsWith('[');
  if (!looksJson) return { format: 'csv', body: { csv: text } };
  try {
    const parsed = JSON.parse(trimmed) as unknown;
    if (Array.isArray(parsed)) return { format: 'json', body: { procedures: parsed } };
    const obj = parsed as { procedures?: unknown; bundles?: unknown };
    if (obj && typeof obj === 'object' && Array.isArray(obj.procedures)) {
      return { format: 'json', body: { procedures: obj.procedures, ...(Array.isArray(obj.bundles) ? { bundles: obj.bundles } : {}) } };
    }
    return { error: 'json-invalid' };
  } catch {
    return { error: 'json-invalid' };
  }
}

/** Codes typed in one box: separated by commas, spaces or new lines; none → undefined (the default applies). */
export function codeList(text: string): string[] | undefined {
  const codes = [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
  return codes.length > 0 ? codes : undefined;
}

/** The roster typed one person a line: "staff id | duty". */
export function rosterFrom(text: string): { staffId: string; duty: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [staffId, ...duty] = line.split('|');
      return { staffId: staffId.trim(), duty: duty.join('|').trim() };
    });
}

export function rosterText(roster: readonly { staffId: string; duty: string }[]): string {
  return roster.map((r) => `${r.staffId} | ${r.duty}`).join('\n');
}

/** The session form as typed (text fields), kept whole on a failed save. */
export interface SessionForm {
  name: string;
  weekdays: Weekday[];
  onDaysOff: boolean;
  start: string;
  end: string;
  validFrom: string;
  validTo: string;
  closedOn: string;
  eligibleProcedures: string;
  slotMinutes: string;
  slotCapacity: string;
  bookingWindowDays: string;
  perPersonDailyLimit: string;
  roster: string;
}

export function emptySessionForm(today: string): SessionForm {
  return {
    name: '',
    weekdays: ['saturday', 'sunday'],
    onDaysOff: true,
    start: '07:30',
    end: '11:30',
    validFrom: today,
    validTo: '',
    closedOn: '',
    eligibleProcedures: '',
    slotMinutes: '30',
    slotCapacity: '3',
    bookingWindowDays: '14',
    perPersonDailyLimit: '1',
    roster: '',
  };
}

export function sessionFormOf(s: SessionRecord): SessionForm {
  return {
    name: s.name,
    weekdays: [...s.weekdays],
    onDaysOff: s.onDaysOff,
    start: s.start,
    end: s.end,
    validFrom: s.validFrom,
    validTo: s.validTo ?? '',
    closedOn: s.closedOn.join(', '),
    eligibleProcedures: (s.eligibleProcedures ?? []).join(', '),
    slotMinutes: String(s.slotMinutes),
    slotCapacity: String(s.slotCapacity),
    bookingWindowDays: String(s.bookingWindowDays),
    perPersonDailyLimit: String(s.perPersonDailyLimit),
    roster: rosterText(s.roster),
  };
}

const int = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);
const optionalInt = (text: string): number | undefined => (text.trim() ? int(text) : undefined);

/** The body of POST/PUT /api/schedules/sessions; numbers that are not numbers go as NaN → null, and the gateway names them. */
export function sessionBody(unitCode: string, f: SessionForm): SaveSessionBody {
  const body: SaveSessionBody = {
    unitCode,
    name: f.name.trim(),
    weekdays: f.weekdays,
    onDaysOff: f.onDaysOff,
    start: f.start,
    end: f.end,
    validFrom: f.validFrom,
    slotMinutes: int(f.slotMinutes),
    slotCapacity: int(f.slotCapacity),
    roster: rosterFrom(f.roster),
  };
  if (f.validTo) body.validTo = f.validTo;
  const closedOn = codeList(f.closedOn);
  if (closedOn) body.closedOn = closedOn;
  const eligible = codeList(f.eligibleProcedures);
  if (eligible) body.eligibleProcedures = eligible;
  const window = optionalInt(f.bookingWindowDays);
  if (window !== undefined) body.bookingWindowDays = window;
  const limit = optionalInt(f.perPersonDailyLimit);
  if (limit !== undefined) body.perPersonDailyLimit = limit;
  return body;
}

/** Theme days back to the PUT body's inputs (the list is replaced as a whole). */
export function themeInputs(records: readonly ThemeDayRecord[]): ThemeDayInput[] {
  return records.map((r) => ({
    theme: r.theme,
    weekdays: [...r.weekdays],
    validFrom: r.validFrom,
    ...(r.validTo ? { validTo: r.validTo } : {}),
    ...(r.procedures ? { procedures: [...r.procedures] } : {}),
  }));
}

/** Weekday of a day YYYY-MM-DD (0 = Monday … 6 = Sunday, the Vietnamese week). */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The calendar's days by month (1–12), in date order. */
export function byMonth<T extends { date: string }>(days: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const d of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const m = Number(d.date.slice(5, 7));
    out.set(m, [...(out.get(m) ?? []), d]);
  }
  return out;
}

/** A CSV download in the browser: the gateway's text (BOM included) as a file. */
export function csvFileName(now: Date): string {
  return `danh-muc-thu-tuc-${now.toISOString().slice(0, 10)}.csv`;
}

/** Days typed one a line, "YYYY-MM-DD | name" (a province day: "YYYY-MM-DD | day-off | name"). */
export function namedDaysFrom(text: string): { date: string; name: string }[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [date, ...name] = line.split('|');
      return { date: date.trim(), name: name.join('|').trim() };
    });
}

export function namedDaysText(days: readonly { date: string; name: string }[]): string {
  return days.map((d) => `${d.date} | ${d.name}`).join('\n');
}

export function provinceDaysFrom(text: string): { date: string; kind: 'day-off' | 'swap-workday'; name: string }[] {
  return namedDaysFrom(text).map(({ date, name }) => {
    const [kind, ...rest] = name.split('|');
    return { date, kind: kind.trim() as 'day-off' | 'swap-workday', name: rest.join('|').trim() };
  });
}

const FIXED_HOLIDAYS = ['01-01', '04-30', '05-01', '09-02'];

/**
 * A starting point for the year's official notice from the calendar shown: the moving statutory holidays (not the
 * fixed 1/1, 30/4, 1/5, 2/9; compensation is derived), the days off granted (Tết, bridges) and the swap days.
 */
export function officialYearDraft(days: readonly { date: string; kind: string; name: string }[]): { statutoryHolidays: string; extraDaysOff: string; swapWorkdays: string } {
  const pick = (test: (d: { date: string; kind: string }) => boolean) => namedDaysText(days.filter(test));
  return {
    statutoryHolidays: pick((d) => d.kind === 'holiday' && !FIXED_HOLIDAYS.includes(d.date.slice(5))),
    extraDaysOff: pick((d) => d.kind === 'official-day-off'),
    swapWorkdays: pick((d) => d.kind === 'swap-workday'),
  };
}
