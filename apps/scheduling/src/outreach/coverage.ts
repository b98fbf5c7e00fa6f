import { OUTREACH_OUTCOMES, type OutreachOutcome } from '@motcua/contracts';

export interface CoverageCounts {
  targets: number;
  byStatus: Partial<Record<OutreachOutcome | 'pending', number>>;
}

/** Coverage of a campaign = targets completed / targets, in percent rounded to 2 decimals (5,468/6,240 → 87.63). */
export function coverage({ targets, byStatus }: CoverageCounts): { completed: number; pending: number; coveragePercent: number; byOutcome: Record<OutreachOutcome, number> } {
  const byOutcome = Object.fromEntries(OUTREACH_OUTCOMES.map((o) => [o, byStatus[o] ?? 0])) as Record<OutreachOutcome, number>;
  const completed = byOutcome.completed;
  return {
    completed,
    pending: byStatus.pending ?? 0,
    coveragePercent: targets === 0 ? 0 : Math.round((completed * 10_000) / targets) / 100,
    byOutcome,
  };
}
