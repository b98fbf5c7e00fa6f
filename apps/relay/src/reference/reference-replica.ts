import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { procedureKey, REFERENCE_BUCKET, unitKey, type ProcedureRecord, type UnitRecord } from '@motcua/contracts';
import { KvReplica, openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';

/** Routing's units and catalogue, replicated (NATS KV): the names a transfer keeps for its letters and screens. */
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

  unitName(code: string): string | undefined {
    return (this.replica.get(unitKey(code)) as UnitRecord | undefined)?.name;
  }

  procedureName(code: string): string | undefined {
    return (this.replica.get(procedureKey(code)) as ProcedureRecord | undefined)?.name;
  }

  onApplicationShutdown(): void {
    this.replica.stop();
  }
}
