import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A plain-text table: first row is the header; numbers right-aligned. */
export function table(rows: (string | number | undefined)[][], title?: string): string {
  const cells = rows.map((r) => r.map((c) => (c === undefined ? '—' : String(c))));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = cells[0].map((_, i) => cells.slice(1).every((r) => /^[-+]?[\d.,]+( ?[%×a-zA-Z/]+)?$|^—$/.test(r[i] ?? '')));
  const line = (r: string[]): string =>
    r
      .map((c, i) => (numeric[i] && i > 0 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const sep = widths.map((w) => '─'.repeat(w)).join('  ');
  return [...(title ? [title] : []), line(cells[0]), sep, ...cells.slice(1).map(line)].join('\n');
}

export function fmt(value: number | undefined, digits = 0): string | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function ratio(value: number | undefined, limit: number | undefined): string | undefined {
  if (value === undefined || limit === undefined || !limit) return undefined;
  const r = value / limit;
  return r >= 0.1 ? `${(r * 100).toFixed(0)} %` : `${(r * 100).toFixed(1)} %`;
}

/** A latency as a multiple of the floor it cannot beat ("37×"). */
export function times(value: number | undefined, floor: number | undefined): string | undefined {
  if (value === undefined || floor === undefined || !floor) return undefined;
  const r = value / floor;
  return r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(1)}×`;
}

/**
 * Progress on one line, rewritten in place on a terminal; elsewhere (CI logs, jest) a line every few seconds.
 */
export class Progress {
  private last = 0;
  private readonly tty = Boolean(process.stdout.isTTY);
  private open = false;

  constructor(private readonly quiet = false) {}

  update(text: string): void {
    if (this.quiet) return;
    const now = Date.now();
    if (this.tty) {
      process.stdout.write(`\r\x1b[2K  … ${text}`);
      this.open = true;
    } else if (now - this.last >= 5000) {
      process.stdout.write(`  … ${text}\n`);
      this.last = now;
    }
  }

  done(): void {
    if (this.tty && this.open) process.stdout.write('\r\x1b[2K');
    this.open = false;
  }

  say(text: string): void {
    this.done();
    if (!this.quiet) process.stdout.write(`${text}\n`);
  }
}

/** Writes `.reports/<kind>-<timestamp>.json` under the workspace root; returns the path. */
export function writeResults(root: string, kind: string, data: unknown): string {
  const dir = path.join(root, '.reports');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${kind}-${stamp}.json`);
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  return file;
}

export function machine(): Record<string, unknown> {
  return { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), load: os.loadavg(), node: process.version, platform: `${os.platform()} ${os.release()}` };
}
