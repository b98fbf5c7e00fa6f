import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalSinkProvider, SINK_FILE } from './local-sink.provider';
import { TemporaryDeliveryFailure } from './notification-provider';

describe('LocalSinkProvider', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'motcua-sink-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('appends one JSON line per message and answers with its reference', async () => {
    const sink = new LocalSinkProvider({ NOTIFY_SINK_DIR: path.join(dir, 'nested') });
    const ref1 = await sink.send({ deliveryId: 'd1', channel: 'sms', to: '0912345678', body: 'Hồ sơ đã có kết quả.' });
    const ref2 = await sink.send({ deliveryId: 'd2', channel: 'email', to: 'an@example.vn', subject: 'Chủ đề', body: 'Nội dung' });
    const lines = (await readFile(path.join(dir, 'nested', SINK_FILE), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toMatchObject([
      { providerRef: ref1, deliveryId: 'd1', channel: 'sms', to: '0912345678', body: 'Hồ sơ đã có kết quả.' },
      { providerRef: ref2, deliveryId: 'd2', channel: 'email', subject: 'Chủ đề' },
    ]);
    expect(ref1).not.toBe(ref2);
  });

  it('reports an unwritable sink as a temporary failure, without the address in the reason', async () => {
    const blocker = path.join(dir, 'a-file');
    await writeFile(blocker, '');
    const sink = new LocalSinkProvider({ NOTIFY_SINK_DIR: path.join(blocker, 'cannot-be-a-directory') });
    const sending = sink.send({ deliveryId: 'd1', channel: 'sms', to: '0912345678', body: 'x' });
    await expect(sending).rejects.toBeInstanceOf(TemporaryDeliveryFailure);
    await expect(sending).rejects.not.toThrow(/0912345678/);
  });
});
