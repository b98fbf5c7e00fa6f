import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PublicLookupAttempts } from '../../public/dossier-status/public-lookup-attempts';
import { LoginThrottle } from '../lockout/login-throttle';
import { SessionStore } from '../session/session.store';

const EVERY_MS = 60 * 60_000;

/** Hourly: drops ended sessions (with their refresh tokens) and counters with nothing left to count. */
@Injectable()
export class IdentityHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('IdentityHousekeeping');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly sessions: SessionStore,
    private readonly throttle: LoginThrottle,
    private readonly lookups: PublicLookupAttempts,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<void> {
    try {
      await this.sessions.pruneEnded();
      await this.throttle.pruneStale();
      await this.lookups.pruneStale();
    } catch (error) {
      this.log.warn({ msg: 'housekeeping failed; retried next hour', errorType: (error as Error)?.name });
    }
  }
}
