import { Injectable } from '@nestjs/common';
import { unitAliasKey, type UnitAlias, type UnitRecord } from '@motcua/contracts';
import { ReferenceReplicaBase } from '@motcua/platform';
import { UnitTree } from './unit-tree';

/**
 * Routing's units, merger aliases and catalogue, replicated (NATS KV): names, the unit tree and procedure fields for
 * reports. The replica holds the units in force (and to come); a code merged away is known only by its alias.
 */
@Injectable()
export class ReferenceReplica extends ReferenceReplicaBase {
  unit(code: string): UnitRecord | undefined {
    return this.findUnit(code);
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
}
