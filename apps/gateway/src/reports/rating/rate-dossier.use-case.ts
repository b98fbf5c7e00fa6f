import { Injectable } from '@nestjs/common';
import { AppError, RateDossier, type DossierRating } from '@motcua/contracts';
import { noteAuditTarget } from '../../audit/record/audit-context';
import { Downstream } from '../../downstream/downstream';
import { RateLimitedError } from '../../http/errors/rate-limited.error';
import { NO_MATCH } from '../../public/dossier-status/look-up-dossier-status.use-case';
import { PublicLookupAttempts } from '../../public/dossier-status/public-lookup-attempts';
import type { RateDossierRequest } from './rate-dossier.body';

/**
 * The citizen's rating. It proves the same 4-digit factor as the status lookup, so it draws on the same failed-attempt
 * budget per dossier code: the rating endpoint cannot be used to guess the digits the lookup protects.
 */
@Injectable()
export class RateDossierUseCase {
  constructor(
    private readonly downstream: Downstream,
    private readonly attempts: PublicLookupAttempts,
  ) {}

  async execute(request: RateDossierRequest): Promise<DossierRating> {
    noteAuditTarget({ dossierCode: request.dossierCode, rating: request.rating });
    const reservation = await this.attempts.reserve(request.dossierCode);
    if (!reservation.allowed) {
      const minutes = Math.ceil(reservation.retryAfterSeconds / 60);
      throw new RateLimitedError('lookup_locked', `Mã hồ sơ này đã được nhập sai quá nhiều lần; vui lòng thử lại sau ${minutes} phút`, reservation.retryAfterSeconds);
    }
    try {
      const rating = await this.downstream.call(RateDossier, {
        dossierCode: request.dossierCode,
        body: { secondFactor: request.secondFactor, rating: request.rating },
      });
      await this.attempts.giveBack(request.dossierCode);
      return rating;
    } catch (error) {
      if (error instanceof AppError && error.status === 404) throw NO_MATCH;
      // The digits were right (already rated, not handed over yet) or tracking is down: not a wrong guess.
      await this.attempts.giveBack(request.dossierCode);
      if (error instanceof AppError && error.code === 'not_handed_over') {
        throw AppError.rule('not_handed_over', 'Chỉ đánh giá được sau khi ông/bà đã nhận kết quả giải quyết hồ sơ');
      }
      if (error instanceof AppError && error.code === 'already_rated') {
        throw AppError.conflict('already_rated', 'Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ được đánh giá một lần');
      }
      throw error;
    }
  }
}
