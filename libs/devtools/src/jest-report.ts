/** One jest run's counts, as `npm test` reports them. */
export interface ReportRow {
  project: string;
  target: string;
  passed: number;
  /** Failed tests + suites that failed to run (+1 for a run that left no report or failed otherwise). */
  failed: number;
  note?: string;
}

/** The fields of jest's `--json` output that matter here. */
interface JestReport {
  success: boolean;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numRuntimeErrorTestSuites: number;
}

/** Counts from the text of a jest `--json` report; `undefined` text means no report was written. */
export function countReport(project: string, target: string, text: string | undefined): ReportRow {
  let report: JestReport;
  try {
    if (text === undefined) throw new Error('missing');
    report = JSON.parse(text) as JestReport;
    if (typeof report.numPassedTests !== 'number') throw new Error('not a jest report');
  } catch {
    return { project, target, passed: 0, failed: 1, note: `no report in .reports/${project}-${target}.json (jest did not run or crashed)` };
  }
  const errors = report.numRuntimeErrorTestSuites ?? 0;
  let failed = report.numFailedTests + errors;
  const notes: string[] = [];
  if (errors > 0) notes.push(`${errors} suite(s) failed to run`);
  if (!report.success && failed === 0) {
    failed = 1;
    notes.push('jest reported failure');
  }
  if (report.numPendingTests > 0) notes.push(`${report.numPendingTests} skipped`);
  return { project, target, passed: report.numPassedTests, failed, note: notes.join(', ') || undefined };
}

/** The per-project table and the sums. */
export function summarize(rows: readonly ReportRow[]): { lines: string[]; passed: number; failed: number } {
  const pw = Math.max(7, ...rows.map((r) => r.project.length));
  const tw = Math.max(6, ...rows.map((r) => r.target.length));
  const lines = rows.map((r) => {
    const counts = `${String(r.passed).padStart(5)} passed, ${String(r.failed).padStart(3)} failed`;
    return `  ${r.project.padEnd(pw)}  ${r.target.padEnd(tw)}  ${counts}${r.note ? `  (${r.note})` : ''}`;
  });
  const passed = rows.reduce((n, r) => n + r.passed, 0);
  const failed = rows.reduce((n, r) => n + r.failed, 0);
  if (rows.length === 0) lines.push('  no test ran');
  return { lines, passed, failed };
}
