import { Inject, Injectable, type LoggerService } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { bundleKey, inForce, procedureKey, REFERENCE_BUCKET, unitAliasKey, unitKey } from '@motcua/contracts';
import { openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';
import { vietnamDayOf } from '@motcua/working-days';
import { ReferenceStore } from './reference-store';

const OWN_KEYS = /^(unit|procedure|bundle|alias)\./;

/**
 * Replicates reference data to the KV bucket other services read on their hot path: per code, the version in force
 * today (or the first one to come) with the later versions in `upcoming`, so a desk switches structure at midnight
 * on 1 Jul even with routing down; bundles in force today; every merger alias. Writes only what changed and removes
 * what no longer exists.
 */
@Injectable()
export class PublishReference {
  constructor(
    private readonly store: ReferenceStore,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
  ) {}

  async execute(now = new Date()): Promise<{ units: number; procedures: number; written: number; removed: number }> {
    const day = vietnamDayOf(now);
    const desired = new Map<string, string>();
    const units = withUpcoming(await this.store.units(day), day);
    const procedures = withUpcoming(await this.store.procedures(day), day);
    for (const unit of units) desired.set(unitKey(unit.code), JSON.stringify(unit));
    for (const procedure of procedures) desired.set(procedureKey(procedure.code), JSON.stringify(procedure));
    for (const bundle of await this.store.bundlesOn(day)) desired.set(bundleKey(bundle.code), JSON.stringify(bundle));
    for (const alias of await this.store.aliases()) desired.set(unitAliasKey(alias.code), JSON.stringify(alias));

    const kv = await openBucket(this.nc, this.config, REFERENCE_BUCKET);
    let written = 0;
    let removed = 0;
    for await (const key of await kv.keys()) {
      if (OWN_KEYS.test(key) && !desired.has(key)) {
        await kv.delete(key);
        removed++;
      }
    }
    for (const [key, value] of desired) {
      const entry = await kv.get(key);
      if (entry?.operation === 'PUT' && entry.string() === value) continue;
      await kv.put(key, value);
      written++;
    }
    return { units: units.length, procedures: procedures.length, written, removed };
  }

  /** After an import or on a timer: a failed publication is retried by the next tick, never fails the caller. */
  async executeSafely(log: Pick<LoggerService, 'warn'>): Promise<void> {
    await this.execute().catch((error) => log.warn({ msg: 'reference publication failed; retried on the next tick', error: String(error) }));
  }
}

/** One record per code: today's version (or the next one) carrying the versions after it. */
function withUpcoming<T extends { code: string; validFrom: string; validTo: string | null; upcoming?: T[] }>(versions: T[], day: string): T[] {
  const byCode = new Map<string, T[]>();
  for (const v of versions) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
  return [...byCode.values()].map((list) => {
    list.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    const current = list.find((v) => inForce(v, day)) ?? list[0];
    const later = list.filter((v) => v.validFrom > current.validFrom);
    return later.length > 0 ? { ...current, upcoming: later } : current;
  });
}
