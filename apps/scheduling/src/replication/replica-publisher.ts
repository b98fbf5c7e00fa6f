import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { PublishCalendar } from '../calendar/publish-calendar';
import { SchedulingCalendar } from '../calendar/scheduling-calendar';
import { PublishSchedules } from '../schedules/publish-schedules';
import { SchedulingSettings } from '../settings/scheduling-settings';

/**
 * Pushes scheduling's reference data to the KV replicas other services read (intake, relay): right after a change
 * commits, so it is effective for new deadlines at once, and again periodically, so a publish that failed or raced
 * with another replica's is repaired without anyone noticing.
 */
@Injectable()
export class ReplicaPublisher implements OnApplicationShutdown {
  private readonly log = new Logger('ReplicaPublisher');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly calendar: PublishCalendar,
    private readonly schedules: PublishSchedules,
    private readonly localCalendar: SchedulingCalendar,
    @Inject(SchedulingSettings) private readonly settings: SchedulingSettings,
  ) {}

  async publishAll(): Promise<void> {
    await this.calendar.execute();
    await this.schedules.all();
  }

  startPeriodic(): void {
    this.timer ??= setInterval(() => void this.publishAll().catch((error) => this.log.warn({ msg: 'periodic republish failed', error: String(error) })), this.settings.republishMs);
    this.timer.unref();
  }

  async calendarChanged(): Promise<void> {
    this.localCalendar.invalidate();
    await this.calendar.execute().catch((error) => this.log.warn({ msg: 'calendar publish failed; the periodic republish will retry', error: String(error) }));
  }

  async unitChanged(unitCode: string): Promise<void> {
    await this.schedules.unit(unitCode).catch((error) => this.log.warn({ msg: 'schedule publish failed; the periodic republish will retry', unitCode, error: String(error) }));
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
