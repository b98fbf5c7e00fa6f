import { Controller } from '@nestjs/common';
import { AppError, DossierStatusRpc, type DossierStatusQuery, type PublicDossierStatus } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { ProgressStore } from '../progress/progress-store';
import { toPublicStatus } from './public-status';

/** The public lookup by dossier code (the gateway adds the second factor and the rate limit). */
@Controller()
export class PublicStatusHandler {
  constructor(private readonly store: ProgressStore) {}

  @OnRpc(DossierStatusRpc)
  async status(query: DossierStatusQuery): Promise<PublicDossierStatus> {
    const row = await this.store.find(query.dossierCode);
    const status = row && toPublicStatus(row);
    if (!status) throw AppError.notFound('dossier');
    return status;
  }
}
