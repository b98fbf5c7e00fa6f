import { Writable } from 'node:stream';
import { runWithCorrelation } from '@motcua/messaging';
import { createPinoLogger, JsonLogger } from './json-logger';

function capture(): { lines: () => any[]; logger: JsonLogger } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = new JsonLogger(createPinoLogger('intake', 'debug', sink));
  return { lines: () => chunks.join('').trim().split('\n').map((l) => JSON.parse(l)), logger };
}

describe('JsonLogger', () => {
  it('writes one JSON line with the service, context and the correlation id of the work in hand', () => {
    const { lines, logger } = capture();
    runWithCorrelation('corr-12345678', () => logger.log({ msg: 'dossier received', dossierCode: 'X-261121-0001' }, 'SubmitDossier'));
    expect(lines()).toEqual([
      expect.objectContaining({ service: 'intake', context: 'SubmitDossier', msg: 'dossier received', dossierCode: 'X-261121-0001', correlationId: 'corr-12345678' }),
    ]);
  });

  it('never writes personal data, at the top level or nested', () => {
    const { lines, logger } = capture();
    logger.warn({ msg: 'odd input', phone: '0912345678', applicant: { fullName: 'Nguyễn Thị Hồng', idNumber: '087190001234' }, contact: { email: 'a@b.vn' } });
    const text = JSON.stringify(lines());
    for (const secret of ['0912345678', 'Nguyễn Thị Hồng', '087190001234', 'a@b.vn']) expect(text).not.toContain(secret);
    expect(lines()[0]).toMatchObject({ phone: '[redacted]', applicant: '[redacted]' });
  });
});
