import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface StatisticsTiming {
  label: string;
  firstMs: number;
  medianMs: number;
  maxMs: number;
}

export interface StatisticsFigure {
  available: boolean;
  note: string;
  dossiers?: number;
  /** Monthly province statistics, warm (median of the repeats) and cold (first run). */
  monthlyProvinceMs?: number;
  monthlyProvinceFirstMs?: number;
  seedSeconds?: number;
  timings?: StatisticsTiming[];
  outputTail?: string[];
}

export const TRACKING_BENCH = path.join('apps', 'tracking', 'bench', 'statistics.bench.ts');

/** `  <label>   first 12.3 ms   median 4.5 ms   max 6.7 ms` lines of tracking's benchmark. */
export function parseStatisticsOutput(lines: string[]): { timings: StatisticsTiming[]; seedSeconds?: number } {
  const timings: StatisticsTiming[] = [];
  let seedSeconds: number | undefined;
  for (const line of lines) {
    const m = /^\s*(.+?)\s+first\s+([\d.]+) ms\s+median\s+([\d.]+) ms\s+max\s+([\d.]+) ms/.exec(line);
    if (m) timings.push({ label: m[1].trim(), firstMs: Number(m[2]), medianMs: Number(m[3]), maxMs: Number(m[4]) });
    const s = /^seeded in (\d+) s/.exec(line.trim());
    if (s) seedSeconds = Number(s[1]);
  }
  return { timings, seedSeconds };
}

/**
 * The statistics figure belongs to tracking's own benchmark (apps/tracking/bench/statistics.bench.ts): it seeds a
 * province of `dossiers` into a database of its own on `adminUrl` (dropped afterwards) and times the reports.
 * Run as a child process; its "statistics, <month> (month cells)" line is the monthly province figure.
 */
export function runTrackingStatistics(opts: { root: string; adminUrl: string; dossiers: number; timeoutMs: number; onLine?: (line: string) => void }): Promise<StatisticsFigure> {
  const script = path.join(opts.root, TRACKING_BENCH);
  if (!existsSync(script)) {
    return Promise.resolve({ available: false, note: `not measured: tracking's statistics benchmark (${TRACKING_BENCH}) does not exist yet` });
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', script, '--dossiers', String(opts.dossiers)], {
      cwd: opts.root,
      env: { ...process.env, SWC_NODE_PROJECT: path.join(opts.root, 'tsconfig.runtime.json'), BENCH_DATABASE_URL: opts.adminUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let partial = '';
    const onData = (chunk: Buffer): void => {
      const text = partial + chunk.toString('utf8');
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      for (const l of parts) {
        lines.push(l);
        opts.onLine?.(l);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (partial) lines.push(partial);
      const { timings, seedSeconds } = parseStatisticsOutput(lines);
      const month = timings.find((t) => /^statistics, .+ \(month cells\)$/.test(t.label));
      resolve({
        available: month !== undefined,
        note:
          code === 0 && month
            ? `${TRACKING_BENCH}, ${opts.dossiers.toLocaleString('en-US')} dossiers seeded; "${month.label}" median of the repeats`
            : `${TRACKING_BENCH} ${signal ? `stopped (${signal}, over ${Math.round(opts.timeoutMs / 60000)} min)` : `exited ${code}`}${month ? '' : ', no monthly figure in its output'}`,
        dossiers: opts.dossiers,
        monthlyProvinceMs: month?.medianMs,
        monthlyProvinceFirstMs: month?.firstMs,
        seedSeconds,
        timings,
        outputTail: lines.slice(-15),
      });
    });
  });
}
