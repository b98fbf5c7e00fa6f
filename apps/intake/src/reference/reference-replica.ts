import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { AppError, ancestorAt, bundleKey, procedureKey, REFERENCE_BUCKET, unitKey, type BundleRecord, type ProcedureRecord, type UnitRecord } from '@motcua/contracts';
import { KvReplica, openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';

/** Routing's units and catalogue, replicated locally: the desk issues receipts while routing is down. */
@Injectable()
export class ReferenceReplica implements OnApplicationShutdown {
  private readonly replica = new KvReplica<UnitRecord | ProcedureRecord | BundleRecord>();

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
  ) {}

  async start(): Promise<void> {
    await this.replica.start(await openBucket(this.nc, this.config, REFERENCE_BUCKET));
  }

  unit(code: string): UnitRecord {
    const unit = this.replica.get(unitKey(code)) as UnitRecord | undefined;
    if (!unit) throw this.missing(`đơn vị ${code}`);
    return unit;
  }

  /** A unit, or undefined: for rules that look units up (the competent district, the commune police). */
  findUnit(code: string): UnitRecord | undefined {
    return this.replica.get(unitKey(code)) as UnitRecord | undefined;
  }

  /** The province a unit belongs to on `day`: its calendar may have days off of its own. */
  provinceOf(code: string, day: string): string | undefined {
    const unit = this.findUnit(code);
    return unit ? ancestorAt(unit, 'province', (c) => this.findUnit(c), day)?.code : undefined;
  }

  procedure(code: string): ProcedureRecord | undefined {
    return this.replica.get(procedureKey(code)) as ProcedureRecord | undefined;
  }

  /** A "2 in 1" bundle of the catalogue, or undefined. */
  bundle(code: string): BundleRecord | undefined {
    return this.replica.get(bundleKey(code)) as BundleRecord | undefined;
  }

  private missing(what: string): AppError {
    return this.replica.size === 0
      ? new AppError(503, 'reference_unavailable', 'Chưa nhận được dữ liệu danh mục; vui lòng thử lại sau giây lát')
      : AppError.notFound(what);
  }

  onApplicationShutdown(): void {
    this.replica.stop();
  }
}
