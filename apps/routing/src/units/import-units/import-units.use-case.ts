import { Injectable, Logger } from '@nestjs/common';
import { AppError, ancestorAt, type FieldProblem, type ImportReport, type ImportUnitsCommand, type UnitAlias, type UnitRecord } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { vietnamDayOf } from '@motcua/working-days';
import { assertProvinceAdmin, provinceFamily } from '../../admin/admin-access';
import { canonical, planVersions } from '../../reference/plan-versions';
import { PublishReference } from '../../reference/publish-reference';
import { ReferenceStore } from '../../reference/reference-store';
import { checkTree, checkUnit, treeOn } from '../check-units';
import { toAlias, toUnitRecord } from '../to-unit-record';

const keyOf = (v: { code: string; validFrom: string }) => `${v.code}@${v.validFrom}`;

/**
 * Imports unit versions and merger aliases of the administrator's own province (past and present codes), all or
 * nothing, then replicates the tree. The structure of 1 Jul 2025 is such an import: new versions from that day,
 * the old units ended the day before, aliases from the merged codes.
 */
@Injectable()
export class ImportUnitsUseCase {
  private readonly log = new Logger('ImportUnits');

  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: ReferenceStore,
    private readonly publisher: PublishReference,
  ) {}

  async execute({ idempotencyKey, actor, body }: ImportUnitsCommand, now = new Date()): Promise<ImportReport> {
    const today = vietnamDayOf(now);
    const province = assertProvinceAdmin(actor, [...(await this.store.unitsAround([actor.unitCode], today)).values()], await this.store.aliases(), today);
    const dryRun = body.dryRun ?? false;
    const report = await runIdempotent(this.runner, { command: 'import-units', key: idempotencyKey, request: { actor, body } }, async (uow) => {
      await this.store.lockForWrite(uow.manager);
      const records = body.units.map(toUnitRecord);
      const aliasRows = (body.aliases ?? []).map((a, i) => ({ row: `aliases[${i}]`, alias: toAlias(a) }));
      const rowProblems = records.flatMap((u, i) => checkUnit(u).map((p): FieldProblem => ({ field: `units[${i}].${p.field}`, reason: p.reason })));
      if (rowProblems.length > 0) throw AppError.invalid(rowProblems, 'Danh mục đơn vị có lỗi; xem từng dòng và trường');

      const plan = planVersions(await this.store.units(null, uow.manager), records, today, (i) => `units[${i}]`);
      const storedAliases = await this.store.aliases(uow.manager);
      this.assertScope(province.code, storedAliases, plan.result, records, aliasRows.map((r) => r.alias));
      const problems = [...plan.problems, ...checkTree(plan.result, records.map((unit, i) => ({ row: `units[${i}]`, unit })), aliasRows)];
      if (problems.length > 0) throw AppError.rule('unit_tree_rule_broken', 'Cây đơn vị vi phạm quy tắc; xem từng dòng', problems);

      const newAliases = aliasRows.filter(({ alias }) => {
        const stored = storedAliases.find((a) => a.code === alias.code);
        return !stored || canonical(stored) !== canonical(alias);
      });
      const result: ImportReport = {
        dryRun,
        inserted: plan.inserts.map(keyOf),
        updated: plan.updates.map(keyOf),
        unchanged: plan.unchanged + aliasRows.length - newAliases.length,
        closed: plan.closes.map(keyOf),
        aliases: newAliases.map(({ alias }) => `${alias.code}→${alias.successorCode}`),
      };
      if (dryRun) return result;
      await this.store.upsertUnits([...plan.inserts, ...plan.updates, ...plan.closes], uow.manager);
      await this.store.upsertAliases(newAliases.map((r) => r.alias), uow.manager);
      await this.store.recordImport(uow.manager, { kind: 'units', staffId: actor.staffId, unitCode: actor.unitCode, report: result });
      return result;
    });
    if (!dryRun) await this.publisher.executeSafely(this.log);
    return report;
  }

  /**
   * An administrator changes only their own province's units — past and present codes, through the mergers already
   * recorded — and merges only units of their province into units of their province. What a file claims about
   * mergers never widens that scope: provinces are merged by the operators' reference data, not by a province.
   */
  private assertScope(provinceCode: string, storedAliases: UnitAlias[], all: UnitRecord[], rows: UnitRecord[], newAliases: UnitAlias[]): void {
    const family = provinceFamily(provinceCode, storedAliases);
    const provinceOn = (code: string, day: string): string | undefined => {
      const tree = treeOn(all, day);
      const unit = tree(code);
      return unit && (unit.parentCode === null ? unit.code : ancestorAt(unit, 'province', tree, day)?.code);
    };
    // A code whose province cannot be found is refused by the tree rules (422) rather than here.
    const ours = (code: string, day: string) => {
      const found = provinceOn(code, day);
      return found === undefined || family.has(found);
    };
    const outside = [
      ...rows.filter((u) => !ours(u.code, u.validFrom)).map((u) => u.code),
      ...newAliases.filter((a) => !ours(a.successorCode, a.since) || !ours(a.code, dayBefore(a.since))).map((a) => a.code),
    ];
    if (outside.length > 0) throw AppError.forbidden(`đơn vị ngoài tỉnh của tài khoản: ${[...new Set(outside)].slice(0, 10).join(', ')}`);
  }
}

const dayBefore = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

