import { Inject, Injectable } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { CALENDAR_BUCKET, OFFICIAL_YEARS_KEY } from '@motcua/contracts';
import { openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';
import { OfficialYearsStore } from './official-years.store';

/** Replicates the official years to the services that compute deadlines (intake, relay). */
@Injectable()
export class PublishCalendar {
  constructor(
    private readonly store: OfficialYearsStore,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
  ) {}

  async execute(): Promise<number> {
    const years = await this.store.all();
    const kv = await openBucket(this.nc, this.config, CALENDAR_BUCKET);
    await kv.put(OFFICIAL_YEARS_KEY, JSON.stringify(years));
    return years.length;
  }
}
