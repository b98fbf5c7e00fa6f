import type { CounterQueueStats } from '@motcua/contracts';
import type { TicketRow } from './queue-store';

const minutes = (ms: number) => Math.round(ms / 600) / 100;
const average = (values: number[]) => (values.length === 0 ? null : minutes(values.reduce((a, b) => a + b, 0) / values.length));

/** Waiting-time figures of one counter's day: wait = called − taken; service = finished − called (served tickets). */
export function counterFigures(counterCode: string, tickets: readonly TicketRow[], now: Date): CounterQueueStats {
  const count = (status: TicketRow['status']) => tickets.filter((t) => t.status === status).length;
  const waits = tickets.filter((t) => t.called_at).map((t) => t.called_at!.getTime() - t.taken_at.getTime());
  const services = tickets.filter((t) => t.status === 'served' && t.called_at && t.finished_at).map((t) => t.finished_at!.getTime() - t.called_at!.getTime());
  const firstWaiting = tickets.filter((t) => t.status === 'waiting').sort((a, b) => a.number - b.number)[0];
  const current = tickets.filter((t) => t.status === 'called').sort((a, b) => b.number - a.number)[0];
  return {
    counterCode,
    taken: tickets.length,
    waiting: count('waiting'),
    called: count('called'),
    served: count('served'),
    skipped: count('skipped'),
    averageWaitMinutes: average(waits),
    maxWaitMinutes: waits.length === 0 ? null : minutes(Math.max(...waits)),
    averageServiceMinutes: average(services),
    longestCurrentWaitMinutes: firstWaiting ? minutes(now.getTime() - firstWaiting.taken_at.getTime()) : null,
    nowServing: current?.number ?? null,
  };
}
