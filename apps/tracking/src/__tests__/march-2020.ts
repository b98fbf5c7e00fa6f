import type { FactChange } from '../dossier-facts/fact-changes';
import { reception, vn } from './dossiers';

/**
 * A constructed month at Hiệp Xương commune (30385), March 2020, with every edge the statistics must get right.
 * Known answers for 1–31 March 2020, measured at 1 April 00:00 (see report-figures.spec.ts). 2 April 2020 is the
 * Hùng Kings day (a holiday), which makes a 3 April appointment near-late on 1 April.
 */
const threeDays = (day: string, due: string, extra: Partial<Parameters<typeof reception>[0]> = {}) =>
  reception({ receivedAt: vn(day, '09:00'), appointmentAt: vn(due, '17:00'), ...extra });
const resolved = (day: string, time = '10:00'): FactChange => ({ kind: 'resolved', at: vn(day, time) });
const handedOver = (day: string, time = '15:00'): FactChange => ({ kind: 'handed-over', at: vn(day, time) });
const request = (n: number, day: string): FactChange => ({ kind: 'supplement-requested', requestNumber: n, at: vn(day, '10:00') });
const returned = (day: string, newDue: string): FactChange => ({ kind: 'supplemented', at: vn(day, '09:00'), newAppointmentAt: vn(newDue, '17:00') });

export const MARCH_2020: Record<string, FactChange[]> = {
  '01 early, rated satisfied': [threeDays('2020-03-02', '2020-03-05'), resolved('2020-03-04'), handedOver('2020-03-04'), { kind: 'rated', rating: 'satisfied', at: vn('2020-03-04', '16:00') }],
  '02 on time to the minute, rated dissatisfied': [threeDays('2020-03-02', '2020-03-05'), resolved('2020-03-05', '17:00'), handedOver('2020-03-06'), { kind: 'rated', rating: 'dissatisfied', at: vn('2020-03-06', '16:00') }],
  '03 late by a minute': [threeDays('2020-03-02', '2020-03-05'), resolved('2020-03-05', '17:01')],
  '04 carried over from February, late': [threeDays('2020-02-25', '2020-03-02'), resolved('2020-03-03')],
  '05 February, ended in February': [threeDays('2020-02-20', '2020-02-25'), resolved('2020-02-27')],
  '06 one supplement, on time by the new appointment': [threeDays('2020-03-02', '2020-03-05'), request(1, '2020-03-03'), returned('2020-03-09', '2020-03-12'), resolved('2020-03-12', '15:00')],
  '07 two supplements, late though early': [
    threeDays('2020-03-02', '2020-03-05'),
    request(1, '2020-03-03'),
    returned('2020-03-04', '2020-03-09'),
    request(2, '2020-03-05'),
    returned('2020-03-06', '2020-03-11'),
    resolved('2020-03-09'),
  ],
  '08 waiting for a supplement requested in time': [threeDays('2020-03-23', '2020-03-26'), request(1, '2020-03-25')],
  '09 open and late (hamlet point)': [threeDays('2020-03-20', '2020-03-25', { channel: 'hamlet-point' })],
  '10 open, due after the Hùng Kings day: near-late': [threeDays('2020-03-30', '2020-04-03')],
  '11 open, not yet due (online)': [threeDays('2020-03-31', '2020-04-07', { channel: 'online' })],
  '12 refused before the appointment': [threeDays('2020-03-09', '2020-03-12'), { kind: 'refused', at: vn('2020-03-10', '10:00') }],
  '13 withdrawn after the appointment': [threeDays('2020-03-09', '2020-03-12'), { kind: 'withdrawn', at: vn('2020-03-16', '10:00') }],
  '14 apologised, resolved by the new date: late': [
    threeDays('2020-03-16', '2020-03-19'),
    { kind: 'delayed', at: vn('2020-03-18', '10:00'), newAppointmentAt: vn('2020-03-24', '17:00') },
    resolved('2020-03-23'),
  ],
  '15 Saturday counter, same-day procedure, handed over at once': [
    reception({ receivedAt: vn('2020-03-07', '08:00'), appointmentAt: vn('2020-03-09', '17:00'), procedure: '2.000635', timeLimit: { value: 0, unit: 'same-day' } }),
    handedOver('2020-03-07', '10:00'),
  ],
  '16 received in April': [threeDays('2020-04-01', '2020-04-06'), resolved('2020-04-03')],
  '17 received in March, resolved late in April': [threeDays('2020-03-26', '2020-03-31'), resolved('2020-04-02')],
  '18 instant day: a 3-day procedure settled at the visit': [threeDays('2020-03-10', '2020-03-13'), resolved('2020-03-10', '11:00')],
};
