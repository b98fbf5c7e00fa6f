import { AppError, HandOverResultBody, SubmitDossierBody } from '@motcua/contracts';
import { ContractBodyPipe } from './contract-body.pipe';

const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (e: AppError) => e);

describe('ContractBodyPipe', () => {
  it('refuses keys named like Object.prototype members, which the whitelist alone lets through, by path', async () => {
    const pipe = new ContractBodyPipe(HandOverResultBody);
    for (const key of ['valueOf', 'toString', 'hasOwnProperty', 'constructor', '__proto__']) {
      const error = await refusal(pipe.transform(JSON.parse(`{"method":"desk","${key}":"x"}`)));
      expect(error).toMatchObject({ status: 400, fields: [{ field: key, reason: 'không được có trong yêu cầu' }] });
    }
    const nested = await refusal(
      new ContractBodyPipe(SubmitDossierBody).transform(JSON.parse('{"applicant":{"toString":1},"documents":[{"valueOf":2}]}')),
    );
    expect(nested).toMatchObject({ fields: [{ field: 'applicant.toString' }, { field: 'documents[0].valueOf' }] });
  });

  it('passes a valid body through as an instance of its class', async () => {
    await expect(new ContractBodyPipe(HandOverResultBody).transform({ method: 'desk' })).resolves.toBeInstanceOf(HandOverResultBody);
  });
});
