import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config/gateway-config';

export type Reservation = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Failed public lookups per dossier code (a 4-digit second factor has only 10,000 values): counted in Postgres, so
 * the limit holds across replicas, restarts and client addresses. An attempt is counted before it is made (parallel
 * guesses cannot slip through) and given back when it succeeds, so only failures add up.
 */
@Injectable()
export class PublicLookupAttempts {
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

  async giveBack(dossierCode: string): Promise<void> {
    await this.dataSource.query(`UPDATE identity.public_lookup_attempts SET failures = greatest(failures - 1, 0) WHERE dossier_code = $1`, [dossierCode]);
  }

  async pruneStale(): Promise<void> {
    await this.dataSource.query(`DELETE FROM identity.public_lookup_attempts WHERE window_start < now() - make_interval(secs => $1)`, [
      this.config.publicLookupCodeWindowSeconds,
    ]);
  }
}
