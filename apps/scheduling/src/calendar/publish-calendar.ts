import { Inject, Injectable } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { CALENDAR_BUCKET, OFFICIAL_YEARS_KEY, PROVINCIAL_DAYS_KEY } from '@motcua/contracts';
import { openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';
import { OfficialYearsStore } from './official-years.store';
import { ProvinceDaysStore } from './province-days.store';

/**
 * Replicates the official years (and the provinces' own days) to the services that compute deadlines (intake,
 * relay). Always the whole table as it is now, so a later publish repairs an earlier one that raced or failed.
 */
@Injectable()
export class PublishCalendar {
  constructor(
    private readonly store: OfficialYearsStore,
    private readonly provinceDays: ProvinceDaysStore,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
  ) {}

  async execute(): Promise<number> {
    const years = await this.store.all();
    const provincial = await this.provinceDays.all();
    const kv = await openBucket(this.nc, this.config, CALENDAR_BUCKET);
    await kv.put(OFFICIAL_YEARS_KEY, JSON.stringify(years));
    await kv.put(PROVINCIAL_DAYS_KEY, JSON.stringify(provincial));
    return years.length;
  }
}
