import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

export type OutputStream = 'stdout' | 'stderr';
/** Where a child's output lines go: prefixed with the service name on our stdout/stderr, nowhere, or a callback. */
export type OutputMode = 'prefixed' | 'silent' | ((line: string, stream: OutputStream) => void);

const COLORS = [36, 33, 32, 35, 34, 91, 96, 93, 92, 95];
let nextColor = 0;

/** `name | line`, the name padded to `width` and coloured when our output is a terminal. */
export function prefixer(name: string, width = 12): (line: string, stream: OutputStream) => void {
  const color = COLORS[nextColor++ % COLORS.length];
  const label = name.padEnd(width);
  return (line, stream) => {
    const out = stream === 'stderr' ? process.stderr : process.stdout;
    const head = out.isTTY ? `\x1b[${color}m${label} |\x1b[0m ` : `${label} | `;
    out.write(`${head}${line}\n`);
  };
}

/** Calls `onLine` for each line of `stream` (the last one even without a final newline). */
export function forEachLine(stream: Readable, onLine: (line: string) => void): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}

/** Keeps the last `size` lines, for error messages. */
export class RecentLines {
  private readonly lines: string[] = [];
  constructor(private readonly size = 40) {}
  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.size) this.lines.shift();
  }
  get(): string[] {
    return [...this.lines];
  }
}
