import { Injectable } from '@nestjs/common';
import { ancestorAt, AppError, bundleKey, type BundleRecord, type UnitRecord } from '@motcua/contracts';
import { ReferenceReplicaBase } from '@motcua/platform';

/** Routing's units and catalogue, replicated locally: the desk issues receipts while routing is down. */
@Injectable()
export class ReferenceReplica extends ReferenceReplicaBase {
  unit(code: string): UnitRecord {
    const unit = this.findUnit(code);
    if (!unit) throw this.missing(`đơn vị ${code}`);
    return unit;
  }

  /** The province a unit belongs to on `day`: its calendar may have days off of its own. */
  provinceOn(code: string, day: string): string | undefined {
    const unit = this.findUnit(code);
    return unit ? ancestorAt(unit, 'province', (c) => this.findUnit(c), day)?.code : undefined;
  }

  /** A "2 in 1" bundle of the catalogue, or undefined. */
  bundle(code: string): BundleRecord | undefined {
    return this.replica.get(bundleKey(code)) as BundleRecord | undefined;
  }

  private missing(what: string): AppError {
    return this.unavailable() ?? AppError.notFound(what);
  }
}
