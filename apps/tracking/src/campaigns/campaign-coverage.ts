import { percent } from '../statistics/report-figures';

/**
 * Coverage of an outreach campaign (shared/seeds/000): people on the target list (from the ward police and hamlet
 * heads) whose visit is completed ÷ people on the list, in %, 2 decimals (the totals come with scheduling's visits).
 */
export function campaignCoverage(done: number, targets: number): number | null {
  return percent(Math.min(done, targets), targets);
}
