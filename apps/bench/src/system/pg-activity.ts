import { Client } from 'pg';

export interface WaitFigure {
  /** motcua-<schema> (the services' application_name), or what the client called itself. */
  who: string;
  /** 'active', 'idle in transaction' (the service holds a transaction open between its statements), … */
  state: string;
  /** wait_event_type:wait_event, or 'on CPU' when a backend runs without waiting. */
  wait: string;
  /** Average number of backends in this state over the phase (Little's law: time share × sessions). */
  avgSessions: number;
}

/**
 * Where the services' database time goes: samples pg_stat_activity of the system's database every `intervalMs`
 * and averages, per phase, how many backends of each service were running, waiting on a lock, flushing WAL or
 * idle inside an open transaction. Read-only; one connection.
 */
export class PgActivitySampler {
  private client?: Client;
  private timer?: NodeJS.Timeout;
  private samples = 0;
  private readonly sums = new Map<string, number>();
  private busy = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly intervalMs = 250,
  ) {}

  async start(): Promise<void> {
    this.client = new Client({ connectionString: this.databaseUrl, application_name: 'motcua-bench-sampler' });
    this.client.on('error', () => undefined);
    await this.client.connect();
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.client?.end().catch(() => undefined);
  }

  beginPhase(): void {
    this.samples = 0;
    this.sums.clear();
  }

  endPhase(top = 12): WaitFigure[] {
    const n = Math.max(this.samples, 1);
    return [...this.sums.entries()]
      .map(([key, sum]) => {
        const [who, state, wait] = key.split('\u0000');
        return { who, state, wait, avgSessions: Math.round((sum / n) * 100) / 100 };
      })
      .filter((f) => f.avgSessions >= 0.05)
      .sort((a, b) => b.avgSessions - a.avgSessions)
      .slice(0, top);
  }

  private async sample(): Promise<void> {
    if (this.busy || !this.client) return;
    this.busy = true;
    try {
      const { rows } = await this.client.query(
        `SELECT coalesce(nullif(application_name, ''), 'other') AS who, state,
                coalesce(wait_event_type || ':' || wait_event, 'on CPU') AS wait, count(*)::int AS n
           FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')
          GROUP BY 1, 2, 3`,
      );
      this.samples++;
      for (const r of rows) {
        const key = `${r.who}\u0000${r.state}\u0000${r.state === 'idle in transaction' ? 'service holds it open' : r.wait}`;
        this.sums.set(key, (this.sums.get(key) ?? 0) + r.n);
      }
    } catch {
      // Postgres restarting: skip the sample
    } finally {
      this.busy = false;
    }
  }
}
