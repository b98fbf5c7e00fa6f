import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deliveryKind, notifiedAt, type DeliveryRow } from './deliveries';
import { SinkReader } from './sink-reader';

describe('deliveries and the sink', () => {
  it('groups the result-ready variants as one kind', () => {
    expect(['receipt', 'result-ready', 'result-ready-desk', 'refusal'].map(deliveryKind)).toEqual(['receipt', 'result-ready', 'result-ready', 'refusal']);
  });

  it('reads the sink as it grows, counting provider calls per delivery id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'motcua-sink-spec-'));
    try {
      const file = path.join(dir, 'messages.jsonl');
      const sink = new SinkReader(file);
      sink.poll(); // no file yet
      writeFileSync(file, `${JSON.stringify({ deliveryId: 'a', channel: 'sms' })}\n{"deliveryId":"b"`);
      sink.poll();
      appendFileSync(file, `,"channel":"email"}\n${JSON.stringify({ deliveryId: 'a', channel: 'sms' })}\n`);
      sink.poll();
      expect(Object.fromEntries(sink.callsPerDelivery)).toEqual({ a: 2, b: 1 });

      const rows: DeliveryRow[] = [
        { id: 'a', dossierCode: 'X-1', template: 'result-ready-desk', channel: 'sms', status: 'delivered' },
        { id: 'b', dossierCode: 'X-1', template: 'result-ready-desk', channel: 'email', status: 'delivered' },
        { id: 'c', dossierCode: 'X-2', template: 'result-ready-desk', channel: 'sms', status: 'created' },
      ];
      const told = notifiedAt(rows, sink.firstSeen, 'result-ready', ['sms', 'email']);
      expect([...told.keys()]).toEqual(['X-1']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
