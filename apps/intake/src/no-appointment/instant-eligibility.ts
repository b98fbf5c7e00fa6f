import type { Channel, FieldProblem, ProcedureRecord, ResultDelivery, UnitScheduleRecord } from '@motcua/contracts';
import { themesOn, vietnamDayOf, type LegalCalendar, type ThemeDayRule } from '@motcua/working-days';

export interface InstantRequest {
  procedure: ProcedureRecord;
  schedule: UnitScheduleRecord | undefined;
  channel: Channel;
  resultDelivery: ResultDelivery;
  at: Date;
  calendar: LegalCalendar;
}

/**
 * May the desk resolve this dossier on the spot? Only on a no-appointment day of the unit (scheduling's theme days)
 * that applies to the procedure, for a procedure the unit decides itself, handed in and collected at the counter.
 * Returns the problem (field and Vietnamese reason), or null.
 */
export function instantProblem(request: InstantRequest): FieldProblem | null {
  const { procedure, schedule, at, calendar } = request;
  const day = vietnamDayOf(at);
  const rules = (schedule?.themeDays ?? []) as readonly ThemeDayRule[];
  const today = themesOn(rules, day, calendar).filter((t) => t.theme === 'no-appointment');
  if (today.length === 0) return { field: 'instant', reason: 'Hôm nay không phải ngày không hẹn của đơn vị' };
  if (!today.some((t) => t.procedures === null || t.procedures.includes(procedure.code))) {
    return { field: 'instant', reason: `Thủ tục ${procedure.code} không áp dụng ngày không hẹn` };
  }
  if (procedure.competence !== 'receiving-unit') {
    return { field: 'instant', reason: `${procedure.name} không thuộc thẩm quyền giải quyết của đơn vị tiếp nhận` };
  }
  if (request.channel !== 'counter') return { field: 'channel', reason: 'Giải quyết ngay chỉ áp dụng cho hồ sơ nộp trực tiếp tại quầy' };
  if (request.resultDelivery !== 'desk') return { field: 'resultDelivery', reason: 'Giải quyết ngay thì trả kết quả tại quầy trong cùng lượt' };
  return null;
}

/** Resolved before the appointment's day: early; resolved on it (a same-day procedure): on time. */
export function instantTiming(resolvedAt: Date, appointmentAt: Date): 'early' | 'on-time' {
  return vietnamDayOf(resolvedAt) < vietnamDayOf(appointmentAt) ? 'early' : 'on-time';
}
