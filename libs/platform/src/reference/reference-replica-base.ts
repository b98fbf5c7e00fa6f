import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  AppError,
  procedureKey,
  REFERENCE_BUCKET,
  unitKey,
  type BundleRecord,
  type ProcedureRecord,
  type UnitAlias,
  type UnitRecord,
} from '@motcua/contracts';
import { KvReplica, openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '../bootstrap/tokens';

export type ReferenceRecord = UnitRecord | ProcedureRecord | BundleRecord | UnitAlias;

/**
 * Routing's reference bucket (units, merger aliases, catalogue, bundles) replicated in memory from NATS KV, so a
 * service answers while routing is down. Each service extends it with the questions it asks; its service
 * definition calls `start()` once the app exists.
 */
@Injectable()
export class ReferenceReplicaBase implements OnApplicationShutdown {
  protected readonly replica = new KvReplica<ReferenceRecord>();

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
  ) {}

  async start(): Promise<void> {
    await this.replica.start(await openBucket(this.nc, this.config, REFERENCE_BUCKET));
  }

  findUnit(code: string): UnitRecord | undefined {
    return this.replica.get(unitKey(code)) as UnitRecord | undefined;
  }

  procedure(code: string): ProcedureRecord | undefined {
    return this.replica.get(procedureKey(code)) as ProcedureRecord | undefined;
  }

  /** The unit, or a 404 naming `field` (a 503 while nothing has been replicated yet). */
  requireUnit(code: string, field = 'unitCode'): UnitRecord {
    const unit = this.findUnit(code);
    if (unit) return unit;
    throw this.unavailable() ?? new AppError(404, 'not_found', `Không tìm thấy đơn vị ${code}`, [{ field, reason: `không có đơn vị ${code}` }]);
  }

  /** The province a unit belongs to (itself for a province), by its parents in the replica; undefined when the chain is broken. */
  provinceOf(code: string): string | undefined {
    let unit = this.findUnit(code);
    for (let depth = 0; unit && depth < 10; depth++) {
      if (unit.type === 'province') return unit.code;
      unit = unit.parentCode ? this.findUnit(unit.parentCode) : undefined;
    }
    return undefined;
  }

  /** The 503 to answer while nothing has been replicated yet (a fresh deployment, routing not started). */
  protected unavailable(): AppError | undefined {
    return this.replica.size === 0 ? new AppError(503, 'reference_unavailable', 'Chưa nhận được dữ liệu danh mục; vui lòng thử lại sau giây lát') : undefined;
  }

  onApplicationShutdown(): void {
    this.replica.stop();
  }
}
