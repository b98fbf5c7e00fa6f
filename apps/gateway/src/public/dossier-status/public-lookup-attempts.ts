import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config/gateway-config';

export type Reservation = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** What a check of the code found: free to try, or locked for this long. */
export type CodeState = { locked: false } | { locked: true; retryAfterSeconds: number };

/**
 * Failed public lookups per dossier code (a 4-digit second factor has only 10,000 values): counted in Postgres, so
 * the limit holds across replicas, restarts and client addresses.
 *
 * The status lookup writes only on a failure: `exclusive` lets one lookup of a code run at a time in this process,
 * `check` reads the count (no write), `recordFailure` adds a wrong guess and says whether it was still within the
 * limit (beyond it the guess's answer is withheld: lookup_locked, not "wrong"). Parallel guesses of one code are thus
 * counted one after the other; across R gateway replicas at most R run at once, so at most R − 1 guesses beyond the
 * limit are ever tried, and none of those wrong ones is answered as such.
 *
 * The rating (reports/rating) still reserves an attempt before it is made and gives it back (`reserve`/`giveBack`).
 */
@Injectable()
export class PublicLookupAttempts {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async reserve(dossierCode: string): Promise<Reservation> {
    const [row] = await this.dataSource.query(
      `INSERT INTO identity.public_lookup_attempts AS a (dossier_code, window_start, failures) VALUES ($1, now(), 1)
       ON CONFLICT (dossier_code) DO UPDATE SET
         window_start = CASE WHEN a.window_start <= now() - make_interval(secs => $2) THEN now() ELSE a.window_start END,
         failures = CASE WHEN a.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE a.failures + 1 END
       RETURNING failures, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry_after`,
      [dossierCode, this.config.publicLookupCodeWindowSeconds],
    );
    return row.failures <= this.config.publicLookupFailuresPerCode ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(1, row.retry_after) };
  }

  /** Runs `work` when no other lookup of this code runs in this process (first come, first served). */
  async exclusive<T>(dossierCode: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(dossierCode) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(dossierCode, tail);
    try {
      await previous;
      return await work();
    } finally {
      done();
      if (this.tails.get(dossierCode) === tail) this.tails.delete(dossierCode);
    }
  }

  /** A read: is the code locked by failures in the current window? */
  async check(dossierCode: string): Promise<CodeState> {
    const [row] = await this.dataSource.query(
      `SELECT failures, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry_after
         FROM identity.public_lookup_attempts WHERE dossier_code = $1 AND window_start > now() - make_interval(secs => $2)`,
      [dossierCode, this.config.publicLookupCodeWindowSeconds],
    );
    return row && row.failures >= this.config.publicLookupFailuresPerCode ? { locked: true, retryAfterSeconds: Math.max(1, row.retry_after) } : { locked: false };
  }

  /** Counts a wrong guess (the window starts over once it has passed); `allowed: false` when it went beyond the limit. */
  recordFailure(dossierCode: string): Promise<Reservation> {
    return this.reserve(dossierCode);
  }

  async giveBack(dossierCode: string): Promise<void> {
    await this.dataSource.query(`UPDATE identity.public_lookup_attempts SET failures = greatest(failures - 1, 0) WHERE dossier_code = $1`, [dossierCode]);
  }

  async pruneStale(): Promise<void> {
    await this.dataSource.query(`DELETE FROM identity.public_lookup_attempts WHERE window_start < now() - make_interval(secs => $1)`, [
      this.config.publicLookupCodeWindowSeconds,
    ]);
  }
}
