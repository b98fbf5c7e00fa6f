import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { SERVICE_ENV } from '@motcua/platform';
import { vietnamDayOf } from '@motcua/working-days';
import { PublishReference } from './publish-reference';

/**
 * Publishes the reference data again when the Vietnam day changes (the versions in force change at midnight) and
 * every few minutes in any case, which also heals a publication that failed after an import.
 */
@Injectable()
export class ReferenceRefresh implements OnApplicationShutdown {
  private readonly log = new Logger('ReferenceRefresh');
  private timer?: NodeJS.Timeout;
  private lastDay?: string;
  private lastRun = 0;
  private running = false;

  constructor(
    private readonly publisher: PublishReference,
    @Inject(SERVICE_ENV) private readonly env: NodeJS.ProcessEnv,
  ) {}

  start(): void {
    const tickMs = Number(this.env.REFERENCE_TICK_MS ?? 30_000);
    const everyMs = Number(this.env.REFERENCE_REPUBLISH_MS ?? 600_000);
    this.lastDay = vietnamDayOf(new Date());
    this.lastRun = Date.now();
    this.timer = setInterval(() => void this.tick(everyMs), tickMs);
    this.timer.unref();
  }

  private async tick(everyMs: number): Promise<void> {
    const day = vietnamDayOf(new Date());
    if (this.running || (day === this.lastDay && Date.now() - this.lastRun < everyMs)) return;
    this.running = true;
    try {
      await this.publisher.executeSafely(this.log);
      this.lastDay = day;
      this.lastRun = Date.now();
    } finally {
      this.running = false;
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
