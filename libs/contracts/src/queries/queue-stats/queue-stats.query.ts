import { IsOptional } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import { IsIsoDay } from '../../values/schedule/schedule-values';

/** Today's (or a day's) queue at the actor's unit, per counter, with waiting-time figures. */
export class QueueStatsQuery extends StaffQueryEnvelope {
  @IsOptional() @IsIsoDay() date?: string;
}

export interface CounterQueueStats {
  counterCode: string;
  taken: number;
  waiting: number;
  called: number;
  served: number;
  skipped: number;
  /** From taking the number to being called, over tickets called so far; null when none was called. */
  averageWaitMinutes: number | null;
  maxWaitMinutes: number | null;
  /** From being called to being served. */
  averageServiceMinutes: number | null;
  /** How long the first waiting ticket has waited by now. */
  longestCurrentWaitMinutes: number | null;
  nowServing: number | null;
}

export interface QueueStatsView {
  unitCode: string;
  date: string;
  counters: CounterQueueStats[];
}

export const QueueStats = defineRpc<QueueStatsQuery, QueueStatsView>('scheduling.qry.queue-stats', QueueStatsQuery);
