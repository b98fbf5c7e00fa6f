import { classifyCompletion } from '@motcua/working-days';
import type { DossierFact, ReceptionFact } from './dossier-fact';

export type EndKind = 'resolved' | 'refused' | 'withdrawn';
export type Timeliness = 'early' | 'on-time' | 'late';

/** Where a dossier stands against its appointment, by the rules of indicator 2.1 (Decision 766, DOMAIN.md §4). */
export interface Outcome {
  /** The appointment it is judged against: the receipt's, or the one counted from zero after the last supplement. */
  dueAt: Date;
  /** NgayKetThucXuLy: the end of processing, never before the reception. */
  endedAt: Date | null;
  endKind: EndKind | null;
  /** trước hạn / đúng hạn / quá hạn, once ended. */
  endClass: Timeliness | null;
  /** Waiting for the citizen's supplement since then: the office's clock stands still. */
  pausedSince: Date | null;
  /** Late whatever happens next: a second supplement request, or a request made after the due date. */
  lateAlready: boolean;
  /** Time spent waiting for supplements, [requested, returned). */
  pauses: Array<[Date, Date]>;
}

const at = (iso: string): Date => new Date(iso);

/**
 * Indicator 2.1's rules, in one place:
 * - end = the resolution if any; else the refusal (dừng/từ chối); else the withdrawal; else the hand-over (a result
 *   returned without a recorded resolution, e.g. settled at the desk) — counted as resolved;
 * - early = ended on a day before the appointment day (Vietnam time), on time = on the appointment day and not after
 *   its hour, late = after it (classifyCompletion; a Saturday counter counts as early/on time, DOMAIN.md §5.2);
 * - a supplement request stops the clock; the returned dossier gets a new appointment counted from zero, and the
 *   time spent waiting is not the office's (it is subtracted from the resolution time);
 * - more than one supplement request ⇒ late; a request made after the appointment had passed ⇒ late;
 * - still waiting for a supplement ⇒ the request time counts as the end;
 * - an apology with a new date (form 04) does NOT move the due date: it admits the lateness (the new date is what the
 *   citizen is told, and is counted apart as a delay).
 */
export function outcomeOf(reception: ReceptionFact, fact: DossierFact): Outcome {
  const receivedAt = at(reception.receivedAt);
  const requests = Object.entries(fact.supplementRequests ?? {})
    .map(([n, iso]) => ({ n: Number(n), at: at(iso) }))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.n - b.n);
  const returns = Object.entries(fact.supplementReturns ?? {})
    .map(([iso, newAppointment]) => ({ at: at(iso), newAppointment: at(newAppointment) }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());

  let dueAt = at(reception.appointmentAt);
  let lateAlready = requests.length > 1;
  let pausedSince: Date | null = null;
  const pauses: Array<[Date, Date]> = [];
  let next = 0;
  for (const request of requests) {
    // A return whose request we have not heard of still restarts the count.
    while (next < returns.length && returns[next].at < request.at) dueAt = returns[next++].newAppointment;
    if (request.at > dueAt) lateAlready = true;
    if (next < returns.length) {
      pauses.push([request.at, returns[next].at]);
      dueAt = returns[next++].newAppointment;
    } else {
      pausedSince = request.at;
    }
  }
  while (next < returns.length) dueAt = returns[next++].newAppointment;

  const end = endOf(fact);
  const endedAt = end ? new Date(Math.max(end.at.getTime(), receivedAt.getTime())) : null;
  const clock = pausedSince ?? endedAt;
  return {
    dueAt,
    endedAt,
    endKind: end?.kind ?? null,
    endClass: endedAt && clock ? (lateAlready ? 'late' : classifyCompletion(clock, dueAt)) : null,
    pausedSince: endedAt ? null : pausedSince,
    lateAlready,
    pauses,
  };
}

function endOf(fact: DossierFact): { kind: EndKind; at: Date } | undefined {
  if (fact.resolvedAt) return { kind: 'resolved', at: at(fact.resolvedAt) };
  if (fact.refusedAt) return { kind: 'refused', at: at(fact.refusedAt) };
  if (fact.withdrawnAt) return { kind: 'withdrawn', at: at(fact.withdrawnAt) };
  if (fact.handedOverAt) return { kind: 'resolved', at: at(fact.handedOverAt) };
  return undefined;
}
