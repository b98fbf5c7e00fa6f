import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { procedureKey, REFERENCE_BUCKET, unitAliasKey, unitKey, type ProcedureRecord, type UnitAlias, type UnitRecord } from '@motcua/contracts';
import { KvReplica, openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';
import { UnitTree } from './unit-tree';

/**
 * Routing's units, merger aliases and catalogue, replicated (NATS KV): names, the unit tree and procedure fields for
 * reports. The replica holds the units in force (and to come); a code merged away is known only by its alias.
 */
@Injectable()
export class ReferenceReplica implements OnApplicationShutdown {
  private readonly replica = new KvReplica<UnitRecord | ProcedureRecord | UnitAlias>();

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

  /** A merger or renaming of `code` (the old code), if routing has one. */
  alias(code: string): UnitAlias | undefined {
    return this.replica.get(unitAliasKey(code)) as UnitAlias | undefined;
  }

  /**
   * The tree as far as the replica knows it, walked upwards from each unit (the replica cannot list its keys); codes
   * merged away lead to their successors (see UnitTree).
   */
  tree(): UnitTree {
    return new UnitTree(
      (code) => {
        const unit = this.unit(code);
        return unit ? unit.parentCode : undefined;
      },
      (code) => this.alias(code)?.successorCode,
    );
  }

  onApplicationShutdown(): void {
    this.replica.stop();
  }
}
