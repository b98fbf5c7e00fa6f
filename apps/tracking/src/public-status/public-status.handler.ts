import { Controller, Inject } from '@nestjs/common';
import { AppError, DossierStatusRpc, type DossierStatusQuery, type PublicDossierStatus } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { SERVICE_ENV } from '@motcua/platform';
import { ProgressStore } from '../progress/progress-store';
import { toPublicStatus } from './public-status';
import { matchesSecondFactor } from './second-factor';

/**
 * The public lookup: dossier code plus second factor (the gateway adds the rate limit). An unknown dossier and a
 * wrong factor get the same 404, so the answer never tells whether a guessed code exists. The factor is required:
 * staff read the richer timeline instead, so no path needs an answer without it.
 */
@Controller()
export class PublicStatusHandler {
  constructor(
    private readonly store: ProgressStore,
    @Inject(SERVICE_ENV) private readonly env: NodeJS.ProcessEnv,
  ) {}

  @OnRpc(DossierStatusRpc)
  async status(query: DossierStatusQuery): Promise<PublicDossierStatus> {
    if (query.secondFactor === undefined) {
      throw AppError.invalid([{ field: 'secondFactor', reason: 'là bắt buộc: 4 chữ số cuối của số điện thoại hoặc số định danh' }]);
    }
    const row = await this.store.find(query.dossierCode);
    const status = row && matchesSecondFactor(query.dossierCode, query.secondFactor, row.lookupFactors, this.env.LOOKUP_FACTOR_SECRET) ? toPublicStatus(row) : undefined;
    if (!status) throw AppError.notFound('hồ sơ');
    return status;
  }
}
