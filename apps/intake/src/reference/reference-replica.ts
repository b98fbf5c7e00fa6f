import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { AppError, procedureKey, REFERENCE_BUCKET, unitKey, type ProcedureRecord, type UnitRecord } from '@motcua/contracts';
import { KvReplica, openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';

/** Routing's units and catalogue, replicated locally: the desk issues receipts while routing is down. */
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

  unit(code: string): UnitRecord {
    const unit = this.replica.get(unitKey(code)) as UnitRecord | undefined;
    if (!unit) throw this.missing(`unit ${code}`);
    return unit;
  }

  /** A unit, or undefined: for rules that look units up (the competent district, the commune police). */
  findUnit(code: string): UnitRecord | undefined {
    return this.replica.get(unitKey(code)) as UnitRecord | undefined;
  }

  procedure(code: string): ProcedureRecord | undefined {
    return this.replica.get(procedureKey(code)) as ProcedureRecord | undefined;
  }

  private missing(what: string): AppError {
    return this.replica.size === 0
      ? new AppError(503, 'reference_unavailable', 'reference data has not been received from routing yet; try again shortly')
      : AppError.notFound(what);
  }

  onApplicationShutdown(): void {
    this.replica.stop();
  }
}
