import { Controller } from '@nestjs/common';
import { AppError, ResolveUnit, resolveUnit, type ResolvedUnit, type ResolveUnitQuery } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { vietnamDayOf } from '@motcua/working-days';
import { assertReferenceReader } from '../../admin/admin-access';
import { ReferenceStore } from '../../reference/reference-store';

/** A unit code as of a day: itself, or — merged away — its successor (old codes on old dossiers still resolve). */
@Controller()
export class ResolveUnitHandler {
  constructor(private readonly store: ReferenceStore) {}

  @OnRpc(ResolveUnit)
  async handle(query: ResolveUnitQuery): Promise<ResolvedUnit> {
    assertReferenceReader(query.actor);
    const on = query.on ?? vietnamDayOf(new Date());
    const units = await this.store.unitsAround([query.code], on);
    const aliases = await this.store.aliases();
    const history = await this.store.unitHistory(query.code);
    const resolved = resolveUnit(query.code, on, units, (code) => aliases.find((a) => a.code === code));
    if (!resolved) {
      if (history.length === 0) throw AppError.notFound(`đơn vị ${query.code}`);
      throw new AppError(404, 'not_found', `đơn vị ${query.code} không có hiệu lực ngày ${on.split('-').reverse().join('/')} và không được sáp nhập vào đơn vị nào`);
    }
    return { code: query.code, on, unit: resolved.unit, via: resolved.via, history };
  }
}
