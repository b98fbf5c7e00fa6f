import { weekdayOf } from '../time/iso-day';
import { vietnamDayOf, vietnamTimeOfDayMs } from '../time/vietnam-time';
import type { SessionOccurrence } from './schedule-types';

const WEEKDAY_VI: Record<string, string> = {
  monday: 'Thứ Hai',
  tuesday: 'Thứ Ba',
  wednesday: 'Thứ Tư',
  thursday: 'Thứ Năm',
  friday: 'Thứ Sáu',
  saturday: 'Thứ Bảy',
  sunday: 'Chủ nhật',
};

const clock = (at: Date) => {
  const minutes = Math.round(vietnamTimeOfDayMs(at) / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** "Thứ Bảy 07/03/2026, 07:30–11:30 (Tiếp nhận ngoài giờ thứ Bảy)" in Vietnam time, as a clerk reads it out. */
export function describeSession(occurrence: SessionOccurrence): string {
  const day = vietnamDayOf(occurrence.startsAt);
  const [y, m, d] = day.split('-');
  const end = vietnamDayOf(occurrence.endsAt) !== day ? '24:00' : clock(occurrence.endsAt); // a session ending at midnight
  return `${WEEKDAY_VI[weekdayOf(day)]} ${d}/${m}/${y}, ${clock(occurrence.startsAt)}–${end} (${occurrence.sessionName})`;
}
