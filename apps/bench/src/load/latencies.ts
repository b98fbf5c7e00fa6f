/** Latency samples (ms) of one measurement: exact percentiles over the sorted samples (runs are bounded, so memory is). */
export class Latencies {
  private readonly samples: number[] = [];
  private sorted = true;

  record(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    if (this.samples.length > 0 && ms < this.samples[this.samples.length - 1]) this.sorted = false;
    this.samples.push(ms);
  }

  get count(): number {
    return this.samples.length;
  }

  /** Nearest-rank percentile, `p` in [0, 100]; undefined without samples. */
  percentile(p: number): number | undefined {
    if (this.samples.length === 0) return undefined;
    if (!this.sorted) {
      this.samples.sort((a, b) => a - b);
      this.sorted = true;
    }
    const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * this.samples.length);
    return this.samples[Math.max(0, rank - 1)];
  }

  summary(): LatencySummary {
    return {
      count: this.count,
      p50: round(this.percentile(50)),
      p95: round(this.percentile(95)),
      p99: round(this.percentile(99)),
      max: round(this.percentile(100)),
    };
  }
}

export interface LatencySummary {
  count: number;
  p50?: number;
  p95?: number;
  p99?: number;
  max?: number;
}

export function round(value: number | undefined, digits = 1): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
