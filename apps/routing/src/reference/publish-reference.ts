import { Inject, Injectable } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { procedureKey, REFERENCE_BUCKET, unitKey } from '@motcua/contracts';
import { openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';
import { vietnamDayOf } from '@motcua/working-days';
import { ReferenceStore } from './reference-store';

/** Replicates the units and procedures in force today to the KV bucket other services read from. */
@Injectable()
export class PublishReference {
  constructor(
    private readonly store: ReferenceStore,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
  ) {}

  async execute(now = new Date()): Promise<{ units: number; procedures: number }> {
    const day = vietnamDayOf(now);
    const kv = await openBucket(this.nc, this.config, REFERENCE_BUCKET);
    const units = await this.store.unitsOn(day);
    const procedures = await this.store.proceduresOn(day);
    for (const unit of units) await kv.put(unitKey(unit.code), JSON.stringify(unit));
    for (const procedure of procedures) await kv.put(procedureKey(procedure.code), JSON.stringify(procedure));
    return { units: units.length, procedures: procedures.length };
  }
}
