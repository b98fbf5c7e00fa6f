import { AppError, RateDossier } from '@motcua/contracts';
import type { Downstream } from '../../downstream/downstream';
import type { PublicLookupAttempts } from '../../public/dossier-status/public-lookup-attempts';
import { RateDossierUseCase } from './rate-dossier.use-case';

const request = { dossierCode: '000.72.69.H20-251120-0001', secondFactor: '5678', rating: 'satisfied' as const };

function setUp(answer: () => Promise<unknown>, allowed = true) {
  const calls: unknown[] = [];
  const given: string[] = [];
  const downstream = { call: async (contract: unknown, body: unknown) => (calls.push([contract, body]), answer()) } as unknown as Downstream;
  const attempts = {
    reserve: async () => (allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: 600 }),
    giveBack: async (code: string) => void given.push(code),
  } as unknown as PublicLookupAttempts;
  return { useCase: new RateDossierUseCase(downstream, attempts), calls, given };
}

describe('rating a dossier from the public endpoint', () => {
  it('forwards the rating and gives the attempt back when the digits were right', async () => {
    const rating = { dossierCode: request.dossierCode, rating: 'satisfied', ratedAt: '2025-12-03T03:00:00.000Z' };
    const { useCase, calls, given } = setUp(async () => rating);
    expect(await useCase.execute(request)).toEqual(rating);
    expect(calls).toEqual([[RateDossier, { dossierCode: request.dossierCode, body: { secondFactor: '5678', rating: 'satisfied' } }]]);
    expect(given).toEqual([request.dossierCode]);
  });

  it('counts a wrong factor against the code like a failed lookup, with the same answer', async () => {
    const { useCase, given } = setUp(async () => Promise.reject(AppError.notFound('dossier')));
    await expect(useCase.execute(request)).rejects.toMatchObject({ status: 404, code: 'dossier_not_found' });
    expect(given).toEqual([]);
  });

  it('refuses once the code is locked, without asking tracking', async () => {
    const { useCase, calls } = setUp(async () => ({}), false);
    await expect(useCase.execute(request)).rejects.toMatchObject({ status: 429, code: 'lookup_locked' });
    expect(calls).toEqual([]);
  });

  it('says in Vietnamese why a rating is refused', async () => {
    const early = setUp(async () => Promise.reject(AppError.rule('not_handed_over', 'x')));
    await expect(early.useCase.execute(request)).rejects.toMatchObject({ status: 422, message: expect.stringContaining('sau khi ông/bà đã nhận kết quả') });
    expect(early.given).toHaveLength(1);
    const again = setUp(async () => Promise.reject(AppError.conflict('already_rated', 'x')));
    await expect(again.useCase.execute(request)).rejects.toMatchObject({ status: 409, code: 'already_rated' });
  });
});
