import { AppError, type FieldProblem, type SaveSessionBody, type SessionRecord } from '@motcua/contracts';
import { parseClockTime } from '@motcua/working-days';

export const DEFAULT_BOOKING_WINDOW_DAYS = 14;
export const DEFAULT_PER_PERSON_DAILY_LIMIT = 1;

/** A session record from the body, after the checks a validator cannot make (times, days, slots). */
export function sessionFrom(body: SaveSessionBody, id: string, version: number): SessionRecord {
  const problems: FieldProblem[] = [];
  const start = parseClockTime(body.start);
  const end = parseClockTime(body.end);
  if (end <= start) problems.push({ field: 'end', reason: 'phải sau giờ bắt đầu' });
  else if ((end - start) / 60_000 < body.slotMinutes) problems.push({ field: 'slotMinutes', reason: 'phải vừa trong phiên ít nhất một lần' });
  if (body.validTo !== undefined && body.validTo < body.validFrom) problems.push({ field: 'validTo', reason: 'không được trước ngày bắt đầu hiệu lực (validFrom)' });
  if (body.weekdays.length === 0 && !body.onDaysOff) problems.push({ field: 'weekdays', reason: 'phiên phải có ngày trong tuần, hoặc chọn onDaysOff' });
  if (new Set(body.roster.map((r) => r.staffId)).size !== body.roster.length) problems.push({ field: 'roster', reason: 'có một cán bộ bị ghi hai lần' });
  if (problems.length > 0) throw AppError.invalid(problems);
  return {
    id,
    unitCode: body.unitCode,
    name: body.name,
    weekdays: [...new Set(body.weekdays)],
    onDaysOff: body.onDaysOff,
    start: body.start,
    end: body.end,
    validFrom: body.validFrom,
    validTo: body.validTo ?? null,
    closedOn: [...new Set(body.closedOn ?? [])].sort(),
    eligibleProcedures: body.eligibleProcedures ? [...new Set(body.eligibleProcedures)] : null,
    slotMinutes: body.slotMinutes,
    slotCapacity: body.slotCapacity,
    bookingWindowDays: body.bookingWindowDays ?? DEFAULT_BOOKING_WINDOW_DAYS,
    perPersonDailyLimit: body.perPersonDailyLimit ?? DEFAULT_PER_PERSON_DAILY_LIMIT,
    roster: body.roster.map(({ staffId, duty }) => ({ staffId, duty })),
    version,
  };
}
