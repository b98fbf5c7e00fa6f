import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * Follows the notification service's local sink (`messages.jsonl`: one line per provider call) — what the
 * citizen would actually have received — by delivery id: when it was first seen, and how many provider calls
 * it took. A delivery sent twice shows here even though the ledger has one row. Which dossier, template and
 * channel a delivery id stands for comes from the ledger (`readDeliveries`), not from the wording.
 */
export class SinkReader {
  private offset = 0;
  private partial = '';
  private timer?: NodeJS.Timeout;
  /** delivery id → performance.now() when first read (polling: up to the poll interval late). */
  readonly firstSeen = new Map<string, number>();
  readonly callsPerDelivery = new Map<string, number>();
  lines = 0;

  constructor(private readonly file: string) {}

  start(pollMs = 50): void {
    this.timer = setInterval(() => this.poll(), pollMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.poll();
  }

  /** Reads what was appended since the last call. */
  poll(): void {
    let size: number;
    try {
      size = statSync(this.file).size;
    } catch {
      return; // nothing sent yet
    }
    if (size <= this.offset) return;
    const fd = openSync(this.file, 'r');
    try {
      const buf = Buffer.alloc(size - this.offset);
      const n = readSync(fd, buf, 0, buf.length, this.offset);
      this.offset += n;
      const text = this.partial + buf.subarray(0, n).toString('utf8');
      const lines = text.split('\n');
      this.partial = lines.pop() ?? '';
      const now = performance.now();
      for (const line of lines) {
        if (!line.trim()) continue;
        let id: string | undefined;
        try {
          id = JSON.parse(line).deliveryId;
        } catch {
          continue;
        }
        if (!id) continue;
        this.lines++;
        if (!this.firstSeen.has(id)) this.firstSeen.set(id, now);
        this.callsPerDelivery.set(id, (this.callsPerDelivery.get(id) ?? 0) + 1);
      }
    } finally {
      closeSync(fd);
    }
  }
}
