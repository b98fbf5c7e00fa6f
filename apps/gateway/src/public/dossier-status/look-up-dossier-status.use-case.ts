import { Injectable } from '@nestjs/common';
import { AppError, DossierStatusRpc, type PublicDossierStatus } from '@motcua/contracts';
import { Downstream } from '../../downstream/downstream';
import { RateLimitedError } from '../../http/errors/rate-limited.error';
import type { DossierStatusLookupBody, PublicDossierStatusView } from './dossier-status.body';
import { PublicLookupAttempts } from './public-lookup-attempts';

/** One answer for "no such dossier" and "wrong factor", whatever tracking says: guessing learns nothing. */
export const NO_MATCH = new AppError(404, 'dossier_not_found', 'Không tìm thấy hồ sơ khớp với mã hồ sơ và 4 số cuối đã nhập; vui lòng kiểm tra lại');

/** Only these fields leave, copied one by one: a field tracking adds later does not reach the public by accident. */
function publicView(s: PublicDossierStatus): PublicDossierStatusView {
  return {
    dossierCode: s.dossierCode,
    procedureName: s.procedureName,
    status: s.status,
    statusText: s.statusText,
    receivedAt: s.receivedAt,
    appointmentAt: s.appointmentAt,
    collectAt: s.collectAt ?? null,
    updatedAt: s.updatedAt,
  };
}

@Injectable()
export class LookUpDossierStatus {
  constructor(
    private readonly downstream: Downstream,
    private readonly attempts: PublicLookupAttempts,
  ) {}

  /** A success writes nothing: one read of the code's failure count, then the answer (see PublicLookupAttempts). */
  execute(body: DossierStatusLookupBody): Promise<PublicDossierStatusView> {
    return this.attempts.exclusive(body.dossierCode, async () => {
      const state = await this.attempts.check(body.dossierCode);
      if (state.locked) throw locked(state.retryAfterSeconds);
      let status: PublicDossierStatus;
      try {
        status = await this.downstream.call(DossierStatusRpc, { dossierCode: body.dossierCode, secondFactor: body.secondFactor });
      } catch (error) {
        // Tracking down, or the gateway overloaded, is not a wrong guess: nothing counted.
        if (!(error instanceof AppError && error.status === 404)) throw error;
        const counted = await this.attempts.recordFailure(body.dossierCode);
        // Beyond the limit (another replica's guesses came first) this guess's answer is withheld, not "wrong".
        if (!counted.allowed) throw locked(counted.retryAfterSeconds);
        throw NO_MATCH;
      }
      return publicView(status);
    });
  }
}

function locked(retryAfterSeconds: number): RateLimitedError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new RateLimitedError(
    'lookup_locked',
    `Mã hồ sơ này đã được tra cứu sai quá nhiều lần; vui lòng thử lại sau ${minutes} phút hoặc hỏi Bộ phận Một cửa nơi nộp hồ sơ`,
    retryAfterSeconds,
  );
}
