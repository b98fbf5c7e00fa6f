import { countReport, summarize } from './jest-report';

const report = (over: Record<string, unknown>): string =>
  JSON.stringify({ success: true, numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numRuntimeErrorTestSuites: 0, ...over });

describe('countReport', () => {
  it('counts passed and failed tests', () => {
    expect(countReport('intake', 'test', report({ success: false, numPassedTests: 7, numFailedTests: 2 }))).toEqual({
      project: 'intake',
      target: 'test',
      passed: 7,
      failed: 2,
      note: undefined,
    });
  });

  it('counts a suite that failed to run as a failure', () => {
    const row = countReport('intake', 'integration', report({ success: false, numPassedTests: 3, numRuntimeErrorTestSuites: 1 }));
    expect(row).toMatchObject({ passed: 3, failed: 1, note: '1 suite(s) failed to run' });
  });

  it('counts a run that left no report, or garbage, as one failure', () => {
    expect(countReport('e2e', 'e2e', undefined)).toMatchObject({ passed: 0, failed: 1, note: expect.stringMatching(/no report in .reports\/e2e-e2e.json/) });
    expect(countReport('e2e', 'e2e', 'Error: boom')).toMatchObject({ failed: 1 });
  });

  it('counts an unsuccessful run without failed tests as one failure', () => {
    expect(countReport('x', 'test', report({ success: false, numPassedTests: 4 }))).toMatchObject({ passed: 4, failed: 1, note: 'jest reported failure' });
  });
});

describe('summarize', () => {
  it('sums over all runs', () => {
    const rows = [
      countReport('a', 'test', report({ numPassedTests: 5, numPendingTests: 1 })),
      countReport('b', 'integration', report({ success: false, numPassedTests: 2, numFailedTests: 1 })),
    ];
    const { lines, passed, failed } = summarize(rows);
    expect({ passed, failed }).toEqual({ passed: 7, failed: 1 });
    expect(lines[0]).toMatch(/^ {2}a +test +5 passed, +0 failed {2}\(1 skipped\)$/);
  });

  it('says when nothing ran', () => {
    expect(summarize([])).toEqual({ lines: ['  no test ran'], passed: 0, failed: 0 });
  });
});
