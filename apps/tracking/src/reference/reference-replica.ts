import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { procedureKey, REFERENCE_BUCKET, unitKey, type ProcedureRecord, type UnitRecord } from '@motcua/contracts';
import { KvReplica, openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';
import { UnitTree } from './unit-tree';

/** Routing's units and catalogue, replicated (NATS KV): names, the unit tree and procedure fields for reports. */
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

  unit(code: string): UnitRecord | undefined {
    return this.replica.get(unitKey(code)) as UnitRecord | undefined;
  }

  procedure(code: string): ProcedureRecord | undefined {
    return this.replica.get(procedureKey(code)) as ProcedureRecord | undefined;
  }

  /** The tree as far as the replica knows it, walked upwards from each unit (the replica cannot list its keys). */
  tree(): UnitTree {
    return new UnitTree((code) => this.unit(code)?.parentCode ?? undefined);
  }

  onApplicationShutdown(): void {
    this.replica.stop();
  }
}
