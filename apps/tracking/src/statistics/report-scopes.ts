import { Injectable } from '@nestjs/common';
import { AppError, type ReportFilter } from '@motcua/contracts';
import { ReferenceReplica } from '../reference/reference-replica';
import { mayReadStatistics } from '../reference/report-access';
import type { UnitTree } from '../reference/unit-tree';
import { StatisticsStore, type ReportScope } from './statistics-store';

export interface ResolvedScope {
  root: { code: string; name: string };
  scope: ReportScope;
  tree: UnitTree;
}

/** A report's filter turned into codes: the unit and the units under it, the procedures of a field; access checked. */
@Injectable()
export class ReportScopes {
  constructor(
    private readonly reference: ReferenceReplica,
    private readonly store: StatisticsStore,
  ) {}

  async resolve(query: ReportFilter): Promise<ResolvedScope> {
    const tree = this.reference.tree();
    // An old code (a unit merged away, the actor's own included) stands for the unit that took it over.
    const rootCode = tree.current(query.unitCode ?? query.actor.unitCode);
    const knownUnits = await this.store.knownCodes('unit');
    if (!this.reference.unit(rootCode) && !knownUnits.includes(rootCode)) throw AppError.notFound('đơn vị');
    if (!mayReadStatistics(query.actor, rootCode, tree)) {
      throw AppError.forbidden('Báo cáo chỉ gồm đơn vị của bạn và các đơn vị trực thuộc');
    }
    return {
      root: { code: rootCode, name: this.reference.unit(rootCode)?.name ?? rootCode },
      scope: {
        perspective: query.perspective ?? 'competent',
        units: tree.within(rootCode, new Set([rootCode, ...knownUnits])),
        procedureCodes: await this.procedures(query),
        channel: query.channel,
      },
      tree,
    };
  }

  /** Field of a procedure by the replicated catalogue; undefined for one the catalogue no longer lists. */
  fieldOf(procedureCode: string): string | undefined {
    return this.reference.procedure(procedureCode)?.field;
  }

  private async procedures(query: ReportFilter): Promise<string[] | undefined> {
    if (query.field === undefined) return query.procedureCode === undefined ? undefined : [query.procedureCode];
    const ofField = (await this.store.knownCodes('procedure')).filter((code) => this.fieldOf(code) === query.field);
    return query.procedureCode === undefined ? ofField : ofField.filter((code) => code === query.procedureCode);
  }
}
