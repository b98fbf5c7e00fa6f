import { vietnamDayOf } from '@motcua/working-days';
import type { FactChange } from '../dossier-facts/fact-changes';
import { calendar, reception, vn } from './dossiers';

/**
 * The seed's figure (shared/seeds/003, Hiệp Xương commune, 2020): "1,286 cases: 1,003 on time, 283 early", of which
 * 126 were filed online for the citizen at the hamlet office. Dossiers spread over 2020's working days: on time =
 * resolved on the appointment day, early = the working day after reception (a 3-working-day procedure).
 */
export function hiepXuong2020(): FactChange[][] {
  const workingDays: string[] = [];
  for (let day = '2020-01-02'; day <= '2020-12-28'; day = calendar.nextWorkingDay(day)) workingDays.push(day);
  return Array.from({ length: 1286 }, (_, i) => {
    const day = workingDays[(i * 7) % workingDays.length];
    const due = calendar.addWorkingDays(day, 3);
    const resolvedDay = i < 1003 ? due : calendar.addWorkingDays(day, 1);
    return [
      reception({
        receivedAt: vn(day, '08:30'),
        appointmentAt: vn(due, '17:00'),
        procedure: i % 2 ? '1.004873' : '2.000908',
        channel: i % 10 === 3 && i < 1260 ? 'hamlet-point' : 'counter',
      }),
      { kind: 'resolved', at: vn(resolvedDay, '10:00') },
      { kind: 'handed-over', at: vn(resolvedDay, '14:00') },
    ];
  });
}

export const dayOf = (iso: string) => vietnamDayOf(new Date(iso));
