import { AppError, type UnitScheduleRecord, type UnitScheduleView } from '@motcua/contracts';
import { addDays, describeOpeningDay, type LegalCalendar } from '@motcua/working-days';

export const MAX_VIEW_DAYS = 62;

/** The unit's setup and, day by day, its legal calendar beside what is open. */
export function unitScheduleView(record: UnitScheduleRecord, unitName: string, calendar: LegalCalendar, from: string, to: string): UnitScheduleView {
  if (to < from) throw AppError.invalid([{ field: 'to', reason: 'không được trước ngày bắt đầu (from)' }]);
  if (to > addDays(from, MAX_VIEW_DAYS - 1)) throw AppError.invalid([{ field: 'to', reason: `tối đa ${MAX_VIEW_DAYS} ngày kể từ ngày bắt đầu (from)` }]);
  const days = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const d = describeOpeningDay(record, day, calendar);
    days.push({
      date: day,
      workingDay: d.legal.working,
      dayKind: d.legal.kind,
      dayName: d.legal.name ?? null,
      deskWindows: d.deskWindows.map((w) => ({ start: w.start, end: w.end })),
      sessions: d.sessions.map((s) => ({ sessionId: s.sessionId, name: s.sessionName, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
      themes: d.themes.map((t) => ({ theme: t.theme, procedures: t.procedures ? [...t.procedures] : null })),
    });
  }
  return { unitCode: record.unitCode, unitName, deskHours: record.deskHours, sessions: record.sessions, themeDays: record.themeDays, days };
}
