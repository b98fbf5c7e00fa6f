import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { AppError, procedureKey, REFERENCE_BUCKET, unitKey, type ProcedureRecord, type UnitRecord } from '@motcua/contracts';
import { KvReplica, openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';

/** Routing's units and catalogue, replicated: names on bookings, the unit tree for province administrators. */
@Injectable()
export class ReferenceReplica implements OnApplicationShutdown {
  private readonly replica = new KvReplica<UnitRecord | ProcedureRecord>();

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

  /** The unit, or a 404 naming it (a 503 while nothing has been replicated yet). */
  unit(code: string, field = 'unitCode'): UnitRecord {
    const unit = this.findUnit(code);
    if (unit) return unit;
    if (this.replica.size === 0) throw new AppError(503, 'reference_unavailable', 'Chưa nhận được dữ liệu danh mục; vui lòng thử lại sau giây lát');
    throw new AppError(404, 'not_found', `Không tìm thấy đơn vị ${code}`, [{ field, reason: `không có đơn vị ${code}` }]);
  }

  procedure(code: string): ProcedureRecord | undefined {
    return this.replica.get(procedureKey(code)) as ProcedureRecord | undefined;
  }

  /** The province a unit belongs to (itself for a province); undefined when the chain is broken. */
  provinceOf(code: string): string | undefined {
    let unit = this.findUnit(code);
    for (let depth = 0; unit && depth < 10; depth++) {
      if (unit.type === 'province') return unit.code;
      unit = unit.parentCode ? this.findUnit(unit.parentCode) : undefined;
    }
    return undefined;
  }

  onApplicationShutdown(): void {
    this.replica.stop();
  }
}
