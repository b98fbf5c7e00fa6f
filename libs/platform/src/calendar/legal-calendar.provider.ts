import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { CALENDAR_BUCKET, OFFICIAL_YEARS_KEY } from '@motcua/contracts';
import { KvReplica, openBucket, type MessagingConfig } from '@motcua/messaging';
import { createVietnamLegalCalendar, type LegalCalendar, type OfficialYearDecision } from '@motcua/working-days';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '../bootstrap/tokens';

/**
 * The legal working-day calendar for deadline arithmetic, replicated from scheduling (which owns the yearly
 * official decisions) so deadlines are computed while scheduling is down. Until the first replica arrives,
 * the decisions shipped with the working-days library apply.
 */
@Injectable()
export class LegalCalendarSource implements OnApplicationShutdown {
  private readonly log = new Logger('LegalCalendarSource');
  private readonly replica = new KvReplica<OfficialYearDecision[]>();
  private cached?: { data: OfficialYearDecision[] | undefined; calendar: LegalCalendar };

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
  ) {}

  async start(): Promise<void> {
    await this.replica.start(await openBucket(this.nc, this.config, CALENDAR_BUCKET));
    if (!this.replica.get(OFFICIAL_YEARS_KEY)) this.log.warn({ msg: 'no calendar from scheduling yet: using the built-in official days' });
  }

  /** The calendar in force now; rebuilt only when scheduling publishes a change. */
  current(): LegalCalendar {
    const data = this.replica.get(OFFICIAL_YEARS_KEY);
    if (!this.cached || this.cached.data !== data) {
      this.cached = { data, calendar: data ? createVietnamLegalCalendar(data) : createVietnamLegalCalendar() };
    }
    return this.cached.calendar;
  }

  onApplicationShutdown(): void {
    this.replica.stop();
  }
}
