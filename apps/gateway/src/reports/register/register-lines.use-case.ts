import { Injectable } from '@nestjs/common';
import { AppError, DossierRegisterRpc, RegisterApplicants, type DossierRegisterQuery } from '@motcua/contracts';
import { Downstream } from '../../downstream/downstream';
import { withApplicants, type RegisterPage } from './register-line';

/** Page size when the whole register is exported or printed. */
const EXPORT_PAGE_SIZE = 500;
/** Beyond this, an export is refused: choose a shorter period (a district's month is well under it). */
export const MAX_EXPORT_LINES = 20_000;

/**
 * The register with its personal columns: tracking's lines (which hold nothing personal) joined with intake's applicant,
 * address and phone, page by page. Both services check the actor's unit.
 */
@Injectable()
export class RegisterLines {
  constructor(private readonly downstream: Downstream) {}

  async page(query: DossierRegisterQuery): Promise<RegisterPage> {
    const register = await this.downstream.call(DossierRegisterRpc, query);
    if (register.items.length === 0) return { ...register, items: [] };
    const applicants = await this.downstream.call(RegisterApplicants, { actor: query.actor, dossierCodes: register.items.map((i) => i.dossierCode) });
    return { ...register, items: withApplicants(register.items, applicants) };
  }

  /** Every line of the period, for the CSV export and the printed book. */
  async all(query: Omit<DossierRegisterQuery, 'page' | 'pageSize'>): Promise<RegisterPage> {
    const first = await this.page({ ...query, page: 1, pageSize: EXPORT_PAGE_SIZE });
    if (first.total > MAX_EXPORT_LINES) {
      throw AppError.rule(
        'register_too_large',
        `Sổ có ${first.total} hồ sơ, vượt quá ${MAX_EXPORT_LINES} dòng cho một lần xuất; vui lòng chọn khoảng thời gian ngắn hơn`,
      );
    }
    const items = [...first.items];
    for (let page = 2; (page - 1) * EXPORT_PAGE_SIZE < first.total; page++) {
      items.push(...(await this.page({ ...query, page, pageSize: EXPORT_PAGE_SIZE })).items);
    }
    return { ...first, items, page: 1, pageSize: items.length };
  }
}
