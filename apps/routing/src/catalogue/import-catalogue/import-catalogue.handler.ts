import { Controller } from '@nestjs/common';
import {
  AppError,
  ImportCatalogue,
  ImportCatalogueCsv,
  ProcedureVersionInput,
  validatePayload,
  type FieldProblem,
  type ImportCatalogueCommand,
  type ImportCatalogueCsvCommand,
  type ImportReport,
} from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { csvField, csvToCatalogue } from '../catalogue-csv';
import { ImportCatalogueUseCase } from './import-catalogue.use-case';

/** "row 5.documents[0].count" → "row 5.documents": the spreadsheet cell a problem is in. */
const cellOf = (field: string): string => field.split(/[.[]/).slice(0, 2).join('.');

@Controller()
export class ImportCatalogueHandler {
  constructor(private readonly useCase: ImportCatalogueUseCase) {}

  @OnRpc(ImportCatalogue)
  importJson({ idempotencyKey, actor, body }: ImportCatalogueCommand): Promise<ImportReport> {
    return this.useCase.execute({
      command: 'import-catalogue',
      idempotencyKey,
      actor,
      request: { actor, body },
      procedures: body.procedures.map((input, i) => ({ row: `procedures[${i}]`, input })),
      bundles: body.bundles ?? [],
      dryRun: body.dryRun ?? false,
    });
  }

  /** Every row is read and validated before anything is refused, so one answer lists every problem of the file. */
  @OnRpc(ImportCatalogueCsv)
  async importCsv({ idempotencyKey, actor, body }: ImportCatalogueCsvCommand): Promise<ImportReport> {
    await this.useCase.authorize(actor);
    const { rows, problems } = csvToCatalogue(body.csv);
    const procedures: { row: string; input: ProcedureVersionInput; field: (path: string) => string }[] = [];
    const invalid: FieldProblem[] = [...problems];
    for (const { row, plain } of rows) {
      try {
        procedures.push({ row: `row ${row}`, input: await validatePayload(ProcedureVersionInput, plain), field: csvField });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        for (const p of error.fields ?? []) {
          const field = `row ${row}.${csvField(p.field)}`;
          // A cell that could not be read is reported once, not again by the class check of what it became.
          if (!invalid.some((known) => cellOf(known.field) === cellOf(field))) invalid.push({ field, reason: p.reason });
        }
      }
    }
    if (rows.length === 0 && invalid.length === 0) invalid.push({ field: 'csv', reason: 'tệp CSV không có dòng thủ tục nào' });
    if (invalid.length > 0) throw AppError.invalid(invalid, 'Tệp CSV danh mục thủ tục có lỗi; xem từng dòng và cột');
    return this.useCase.execute({
      command: 'import-catalogue-csv',
      idempotencyKey,
      actor,
      request: { actor, body },
      procedures,
      bundles: [],
      dryRun: body.dryRun ?? false,
    });
  }
}
