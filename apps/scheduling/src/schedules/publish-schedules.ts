import { Inject, Injectable } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { SCHEDULES_BUCKET, unitScheduleKey } from '@motcua/contracts';
import { openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';
import { UnitScheduleStore } from './unit-schedule.store';

/** Replicates each unit's opening hours, sessions and theme days to intake (after-hours reception check). */
@Injectable()
export class PublishSchedules {
  constructor(
    private readonly store: UnitScheduleStore,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
  ) {}

  async unit(unitCode: string): Promise<void> {
    const kv = await openBucket(this.nc, this.config, SCHEDULES_BUCKET);
    await kv.put(unitScheduleKey(unitCode), JSON.stringify(await this.store.load(unitCode)));
  }

  async all(): Promise<number> {
    const codes = await this.store.unitCodes();
    for (const code of codes) await this.unit(code);
    return codes.length;
  }
}
