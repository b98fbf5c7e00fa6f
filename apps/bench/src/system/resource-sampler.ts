import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Processes to watch, by label (a service, "nats", "postgres"); asked again at every sample (pids change on restarts). */
export type PidSource = () => Map<string, number[]>;

export interface ResourceFigures {
  /** Peak resident set (MB) of the label's largest process during the phase; undefined for Postgres (shared memory counted per backend). */
  rssPeakMb?: number;
  rssEndMb?: number;
  /** CPU used during the phase, in % of one core (200 % = both cores of this machine). */
  cpuPct: number;
}

const PAGE_CLK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function readRssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** utime + stime of a process, in clock ticks. */
function readCpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Children of `ppid` (Postgres backends of a postmaster). */
export function childPids(ppid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === ppid) out.push(Number(entry));
    } catch {
      // gone
    }
  }
  return out;
}

interface PhaseState {
  name: string;
  startedAt: number;
  /** CPU ticks per pid at the start of the phase (a pid born later starts from 0). */
  startTicks: Map<number, number>;
  rssPeak: Map<string, number>;
  ended?: Record<string, ResourceFigures>;
}

/**
 * Samples resident memory every `intervalMs` and CPU time per phase, from /proc (Linux). Memory is the RSS of each
 * service's node process; CPU is summed over a label's processes (all Postgres backends, for instance).
 */
export class ResourceSampler {
  private timer?: NodeJS.Timeout;
  private phase?: PhaseState;
  readonly available = (() => {
    try {
      readFileSync('/proc/self/stat');
      return true;
    } catch {
      return false;
    }
  })();

  constructor(
    private readonly source: PidSource,
    private readonly noRss: ReadonlySet<string> = new Set(['postgres']),
  ) {}

  start(intervalMs = 500): void {
    if (!this.available) return;
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  beginPhase(name: string): void {
    const startTicks = new Map<number, number>();
    for (const pids of this.source().values()) for (const pid of pids) startTicks.set(pid, readCpuTicks(pid));
    this.phase = { name, startedAt: performance.now(), startTicks, rssPeak: new Map() };
    this.sample();
  }

  endPhase(): Record<string, ResourceFigures> {
    const phase = this.phase;
    if (!phase || !this.available) return {};
    this.sample();
    const seconds = (performance.now() - phase.startedAt) / 1000;
    const out: Record<string, ResourceFigures> = {};
    for (const [label, pids] of this.source()) {
      let ticks = 0;
      for (const pid of pids) ticks += readCpuTicks(pid) - (phase.startTicks.get(pid) ?? 0);
      const rssEnd = this.noRss.has(label) ? undefined : Math.max(0, ...pids.map((p) => readRssMb(p) ?? 0));
      out[label] = {
        cpuPct: Math.round((ticks / PAGE_CLK / Math.max(seconds, 0.001)) * 100),
        ...(this.noRss.has(label) ? {} : { rssPeakMb: Math.round(phase.rssPeak.get(label) ?? rssEnd ?? 0), rssEndMb: Math.round(rssEnd ?? 0) }),
      };
    }
    phase.ended = out;
    this.phase = undefined;
    return out;
  }

  private sample(): void {
    const phase = this.phase;
    if (!phase) return;
    for (const [label, pids] of this.source()) {
      if (this.noRss.has(label)) continue;
      const rss = Math.max(0, ...pids.map((p) => readRssMb(p) ?? 0));
      if (rss > (phase.rssPeak.get(label) ?? 0)) phase.rssPeak.set(label, rss);
    }
  }
}
