import { Inject, Injectable } from '@nestjs/common';
import { AppError, type DossierRating, type RateDossierCommand } from '@motcua/contracts';
import { TransactionRunner } from '@motcua/persistence';
import { SERVICE_ENV } from '@motcua/platform';
import { FactStore } from '../dossier-facts/fact-store';
import { matchesSecondFactor } from '../public-status/second-factor';

/**
 * The citizen's rating of the service (indicator 5.c): once the result is handed over, one per dossier, proven by the
 * same second factor as the public lookup. The same rating again answers the stored one (a retry); another is a 409.
 */
@Injectable()
export class RateDossierUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly facts: FactStore,
    @Inject(SERVICE_ENV) private readonly env: NodeJS.ProcessEnv,
  ) {}

  execute({ dossierCode, body }: RateDossierCommand, now = new Date()): Promise<DossierRating> {
    return this.runner.run(async ({ manager }) => {
      // Locks the dossier: two ratings at once wait for each other, and the second sees the first.
      const [dossier] = await manager.query('SELECT status, lookup_factors FROM tracking.dossiers WHERE dossier_code = $1 FOR UPDATE', [dossierCode]);
      if (!dossier || !matchesSecondFactor(dossierCode, body.secondFactor, dossier.lookup_factors, this.env.LOOKUP_FACTOR_SECRET)) throw AppError.notFound('hồ sơ');
      const stored = (await this.facts.find(manager, dossierCode))?.rating;
      if (stored) {
        if (stored.rating !== body.rating) throw AppError.conflict('already_rated', 'Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ được đánh giá một lần');
        return { dossierCode, rating: stored.rating, ratedAt: stored.ratedAt };
      }
      if (dossier.status !== 'handed-over') {
        throw AppError.rule('not_handed_over', 'Chỉ đánh giá được sau khi đã nhận kết quả giải quyết hồ sơ');
      }
      const fact = await this.facts.apply(manager, dossierCode, { kind: 'rated', rating: body.rating, at: now.toISOString() });
      return { dossierCode, rating: fact.rating!.rating, ratedAt: fact.rating!.ratedAt };
    });
  }
}
