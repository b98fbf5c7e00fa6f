import { Injectable, Logger } from '@nestjs/common';
import {
  AppError,
  type BundleInput,
  type FieldProblem,
  type ImportReport,
  type ProcedureVersionInput,
  type StaffActor,
} from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { vietnamDayOf } from '@motcua/working-days';
import { assertProvinceAdmin } from '../../admin/admin-access';
import { planVersions } from '../../reference/plan-versions';
import { PublishReference } from '../../reference/publish-reference';
import { ReferenceStore } from '../../reference/reference-store';
import { checkBundle, checkProcedure } from '../check-catalogue';
import { toBundleRecord, toProcedureRecord } from '../to-records';

export interface CatalogueImport {
  command: 'import-catalogue' | 'import-catalogue-csv';
  idempotencyKey: string;
  actor: StaffActor;
  /** What the idempotency key is bound to (the body as sent, and who sent it). */
  request: unknown;
  /** Each validated procedure row with its name in the file (`procedures[3]`, `row 5`) and how to name its fields. */
  procedures: { row: string; input: ProcedureVersionInput; field?: (path: string) => string }[];
  bundles: BundleInput[];
  dryRun: boolean;
}

const keyOf = (v: { code: string; validFrom: string }) => `${v.code}@${v.validFrom}`;

/** Imports procedure versions and bundles, all or nothing, then replicates the catalogue to the desks. */
@Injectable()
export class ImportCatalogueUseCase {
  private readonly log = new Logger('ImportCatalogue');

  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: ReferenceStore,
    private readonly publisher: PublishReference,
  ) {}

  /** Only a province administrator changes the catalogue (checked before anything else is said about the input). */
  async authorize(actor: StaffActor, now = new Date()): Promise<void> {
    const today = vietnamDayOf(now);
    assertProvinceAdmin(actor, [...(await this.store.unitsAround([actor.unitCode], today)).values()], await this.store.aliases(), today);
  }

  async execute(input: CatalogueImport, now = new Date()): Promise<ImportReport> {
    const today = vietnamDayOf(now);
    await this.authorize(input.actor, now);
    const report = await runIdempotent(this.runner, { command: input.command, key: input.idempotencyKey, request: input.request }, async (uow) => {
      await this.store.lockForWrite(uow.manager);
      const records = input.procedures.map(({ input: row }) => toProcedureRecord(row));
      const rowProblems = records.flatMap((record, i) => {
        const { row, field = (path: string) => path } = input.procedures[i];
        return checkProcedure(record).map((p): FieldProblem => ({ field: `${row}.${field(p.field)}`, reason: p.reason }));
      });
      if (rowProblems.length > 0) throw AppError.invalid(rowProblems, 'Danh mục thủ tục có lỗi; xem từng dòng và trường');

      const procedures = planVersions(await this.store.procedures(null, uow.manager), records, today, (i) => input.procedures[i].row);
      const bundleRecords = input.bundles.map(toBundleRecord);
      const bundles = planVersions(await this.store.bundles(null, uow.manager), bundleRecords, today, (i) => `bundles[${i}]`);
      const bundleProblems = bundleRecords.flatMap((bundle, i) =>
        checkBundle(bundle, procedures.result).map((p) => ({ field: `bundles[${i}].${p.field}`, reason: p.reason })),
      );
      const problems = [...procedures.problems, ...bundles.problems, ...bundleProblems];
      if (problems.length > 0) throw AppError.rule('catalogue_rule_broken', 'Danh mục vi phạm quy tắc phiên bản hoặc nhóm thủ tục; xem từng dòng', problems);

      const result: ImportReport = {
        dryRun: input.dryRun,
        inserted: [...procedures.inserts, ...bundles.inserts].map(keyOf),
        updated: [...procedures.updates, ...bundles.updates].map(keyOf),
        unchanged: procedures.unchanged + bundles.unchanged,
        closed: [...procedures.closes, ...bundles.closes].map(keyOf),
      };
      if (input.dryRun) return result;
      await this.store.upsertProcedures([...procedures.inserts, ...procedures.updates, ...procedures.closes], uow.manager);
      await this.store.upsertBundles([...bundles.inserts, ...bundles.updates, ...bundles.closes], uow.manager);
      await this.store.recordImport(uow.manager, { kind: 'catalogue', staffId: input.actor.staffId, unitCode: input.actor.unitCode, report: result });
      return result;
    });
    if (!report.dryRun) await this.publisher.executeSafely(this.log);
    return report;
  }
}
