/**
 * Named crash points for drills and crash-safety tests. A no-op unless MOTCUA_FAULT names the point (as
 * `point` or `point:scope`); then the process kills itself with SIGKILL there, like a power cut would.
 */
export type FaultPointName = 'after-commit-before-ack' | 'after-publish-before-mark' | 'mid-transaction';

export function faultPoint(name: FaultPointName, scope?: string): void {
  const armed = process.env.MOTCUA_FAULT;
  if (!armed) return;
  if (armed === name || (scope !== undefined && armed === `${name}:${scope}`)) {
    process.kill(process.pid, 'SIGKILL');
  }
}
