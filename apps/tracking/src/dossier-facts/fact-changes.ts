import type { SatisfactionRating } from '@motcua/contracts';
import type { DossierFact, ReceptionFact } from './dossier-fact';

/** One event's news for the statistics. Folding is commutative and idempotent: order and replays do not matter. */
export type FactChange =
  | { kind: 'received'; reception: ReceptionFact; afterHours?: boolean; instantDay?: boolean; bundle?: { code: string; first: boolean } }
  | { kind: 'routed'; competentUnitCode: string }
  | { kind: 'transferred'; at: string }
  | { kind: 'resolved'; at: string }
  | { kind: 'result-ready'; at: string }
  | { kind: 'handed-over'; at: string }
  | { kind: 'refused'; at: string }
  | { kind: 'withdrawn'; at: string }
  | { kind: 'supplement-requested'; requestNumber: number; at: string }
  | { kind: 'supplemented'; at: string; newAppointmentAt: string }
  | { kind: 'delayed'; at: string; newAppointmentAt: string }
  | { kind: 'rated'; rating: SatisfactionRating; at: string };

const iso = (value: string): string => new Date(value).toISOString();
const earliest = (a: string | undefined, b: string): string => (a !== undefined && Date.parse(a) <= Date.parse(b) ? a : iso(b));
const latest = (a: string | undefined, b: string): string => (a !== undefined && Date.parse(a) >= Date.parse(b) ? a : iso(b));

/** The fact with one more change applied; never mutates its input. */
export function applyChange(fact: DossierFact, change: FactChange): DossierFact {
  switch (change.kind) {
    case 'received': {
      // The first reception wins: a replay cannot rewrite the receipt.
      if (fact.reception) return fact;
      const r = change.reception;
      return {
        ...fact,
        reception: { ...r, receivedAt: iso(r.receivedAt), appointmentAt: iso(r.appointmentAt) },
        ...(change.afterHours !== undefined ? { afterHours: change.afterHours } : {}),
        ...(change.instantDay !== undefined ? { instantDay: change.instantDay } : {}),
        ...(change.bundle ? { bundle: change.bundle } : {}),
      };
    }
    case 'routed':
      return fact.competentUnitCode ? fact : { ...fact, competentUnitCode: change.competentUnitCode };
    case 'transferred':
      return { ...fact, transferredAt: earliest(fact.transferredAt, change.at) };
    case 'resolved':
      return { ...fact, resolvedAt: latest(fact.resolvedAt, change.at) };
    case 'result-ready':
      return { ...fact, resultReadyAt: earliest(fact.resultReadyAt, change.at) };
    case 'handed-over':
      return { ...fact, handedOverAt: earliest(fact.handedOverAt, change.at) };
    case 'refused':
      return { ...fact, refusedAt: earliest(fact.refusedAt, change.at) };
    case 'withdrawn':
      return { ...fact, withdrawnAt: earliest(fact.withdrawnAt, change.at) };
    case 'supplement-requested': {
      const key = String(change.requestNumber);
      const requests = fact.supplementRequests ?? {};
      return { ...fact, supplementRequests: { ...requests, [key]: earliest(requests[key], change.at) } };
    }
    case 'supplemented':
      return { ...fact, supplementReturns: { ...(fact.supplementReturns ?? {}), [iso(change.at)]: iso(change.newAppointmentAt) } };
    case 'delayed':
      if (fact.delay && Date.parse(fact.delay.declaredAt) <= Date.parse(change.at)) return fact;
      return { ...fact, delay: { declaredAt: iso(change.at), newAppointmentAt: iso(change.newAppointmentAt) } };
    case 'rated':
      return fact.rating ? fact : { ...fact, rating: { rating: change.rating, ratedAt: iso(change.at) } };
  }
}
