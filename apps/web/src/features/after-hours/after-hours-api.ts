import { api } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import type { CatalogueExport, CatalogueProcedure, DeskBooking, DeskCatalogueView, PublicProcedure, QueueStats, QueueTicket, UnitSchedule } from './after-hours-types';
import { addDays, newKey } from './after-hours-logic';

/** The unit's schedule from today for two weeks (sessions day by day, desk hours, theme days). */
export function loadSchedule(today: string, signal: AbortSignal): Promise<UnitSchedule> {
  return api.get<UnitSchedule>('/api/schedules', { query: { from: today, to: addDays(today, 13) }, signal });
}

/**
 * The catalogue as this account may read it, with the after-hours flags (afterHoursEligible, sameDayCutOff) where it
 * can: counter staff read their desk's own catalogue (GET /api/desk/procedures), administrators and auditors the
 * admin export. An after-hours clerk outside a session is refused the desk catalogue (the gateway's gate): then the
 * public catalogue of the unit, without flags, so the screen still says what the next session will take.
 */
export async function loadCatalogue(unitCode: string, roles: readonly string[], signal: AbortSignal): Promise<{ procedures: (PublicProcedure | CatalogueProcedure)[]; flagsKnown: boolean }> {
  if (roles.some((r) => r === 'desk-clerk' || r === 'after-hours-clerk')) {
    try {
      const desk = await api.get<DeskCatalogueView>('/api/desk/procedures', { signal });
      return { procedures: desk.procedures, flagsKnown: true };
    } catch (error) {
      if (!isOutsideSession(error)) throw error;
    }
  } else if (roles.some((r) => r === 'unit-admin' || r === 'province-admin' || r === 'auditor')) {
    const exported = await api.get<CatalogueExport>('/api/admin/catalogue/procedures', { signal });
    return { procedures: exported.procedures, flagsKnown: true };
  }
  return { procedures: await api.get<PublicProcedure[]>('/api/public/procedures', { query: { unitCode }, signal }), flagsKnown: false };
}

export function loadQueueStats(signal: AbortSignal): Promise<QueueStats> {
  return api.get<QueueStats>('/api/queue/stats', { signal });
}

export function loadBookings(today: string, signal: AbortSignal): Promise<DeskBooking[]> {
  return api.get<DeskBooking[]>('/api/desk/bookings', { query: { date: today }, signal });
}

/** The kiosk's "take a number", from the counter's own screen (a walk-in without the kiosk). */
export function issueTicket(unitCode: string, counterCode: string, key: string): Promise<QueueTicket> {
  return api.post<QueueTicket>('/api/public/queue/tickets', { unitCode, counterCode }, { idempotencyKey: key });
}

export function callNext(counterCode: string, key: string): Promise<QueueTicket> {
  return api.post<QueueTicket>(`/api/queue/counters/${encodeURIComponent(counterCode)}/call-next`, {}, { idempotencyKey: key });
}

export function closeTicket(ticketId: string, outcome: 'serve' | 'skip', key: string): Promise<QueueTicket> {
  return api.post<QueueTicket>(`/api/queue/tickets/${ticketId}/${outcome}`, {}, { idempotencyKey: key });
}

/**
 * One Idempotency-Key per operation: kept while the same operation is retried after a lost answer (network error),
 * replaced once the gateway has answered (success or refusal), so a retry never does the thing twice.
 */
export class OperationKey {
  private key?: string;
  constructor(private readonly prefix: string) {}
  current(): string {
    this.key ??= newKey(this.prefix);
    return this.key;
  }
  settle(error?: unknown): void {
    if (!(error instanceof ApiError && error.status === 0)) this.key = undefined;
  }
}

/** The gateway's 403 for an after-hours clerk outside the unit's sessions. */
export const isOutsideSession = (error: unknown): error is ApiError => error instanceof ApiError && error.code === 'outside_counter_session';
