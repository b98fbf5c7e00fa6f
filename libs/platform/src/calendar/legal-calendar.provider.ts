import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { CALENDAR_BUCKET, OFFICIAL_YEARS_KEY, PROVINCIAL_DAYS_KEY } from '@motcua/contracts';
import { KvReplica, openBucket, type MessagingConfig } from '@motcua/messaging';
import { createVietnamLegalCalendar, type LegalCalendar, type OfficialYearDecision, type ProvincialDay } from '@motcua/working-days';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '../bootstrap/tokens';

/**
 * The legal working-day calendar for deadline arithmetic, replicated from scheduling (which owns the yearly
 * official decisions and each province's own days off) so deadlines are computed while scheduling is down. Until
 * the first replica arrives, the decisions shipped with the working-days library apply.
 */
@Injectable()
export class LegalCalendarSource implements OnApplicationShutdown {
  private readonly log = new Logger('LegalCalendarSource');
  private readonly replica = new KvReplica<unknown>();
  /** Built calendars by province ('' = national), dropped whenever scheduling publishes a change. */
  private cache = new Map<string, LegalCalendar>();
  private cachedFrom?: { official: unknown; provincial: unknown };

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
  ) {}

  async start(): Promise<void> {
    await this.replica.start(await openBucket(this.nc, this.config, CALENDAR_BUCKET));
    if (!this.replica.get(OFFICIAL_YEARS_KEY)) this.log.warn({ msg: 'no calendar from scheduling yet: using the built-in official days' });
  }

  /** The calendar in force now, with `provinceCode`'s own days off when given. */
  current(provinceCode?: string): LegalCalendar {
    const official = this.replica.get(OFFICIAL_YEARS_KEY) as OfficialYearDecision[] | undefined;
    const provincial = this.replica.get(PROVINCIAL_DAYS_KEY) as ProvincialDay[] | undefined;
    if (!this.cachedFrom || this.cachedFrom.official !== official || this.cachedFrom.provincial !== provincial) {
      this.cache = new Map();
      this.cachedFrom = { official, provincial };
    }
    const key = provinceCode ?? '';
    let calendar = this.cache.get(key);
    if (!calendar) {
      calendar = createVietnamLegalCalendar(official, provinceCode ? { provinceCode } : {}, provinceCode ? (provincial ?? []) : []);
      this.cache.set(key, calendar);
    }
    return calendar;
  }

  onApplicationShutdown(): void {
    this.replica.stop();
  }
}
