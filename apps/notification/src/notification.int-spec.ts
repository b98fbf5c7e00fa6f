import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  deadLetterRpcs,
  Deliveries,
  DossierReceived,
  ResultReady,
  type DeliveryView,
  type DossierReceivedV1,
  type ResultReadyV1,
  type StaffActor,
} from '@motcua/contracts';
import { notificationService } from './notification.service';
import { SINK_FILE } from './providers/local-sink.provider';
import { eventuallyTruthy as eventually, startServiceUnderTest, type ServiceUnderTest } from '@motcua/service-testing';

const clerk: StaffActor = { staffId: 'clerk-1', unitCode: '29972', roles: ['desk-clerk'] };
const admin: StaffActor = { staffId: 'admin-1', unitCode: '29972', roles: ['unit-admin'] };

let sequence = 0;
const newCode = () => `000.72.69.H20-251120-${String(1000 + ++sequence)}`;

const received = (dossierCode: string, contact: DossierReceivedV1['contact']): DossierReceivedV1 => ({
  dossierCode,
  procedureCode: '1.004873',
  procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  receivingUnitCode: '29972',
  channel: 'counter',
  resultDelivery: 'desk',
  receivedAt: '2025-11-20T01:30:00.000Z',
  appointmentAt: '2025-11-25T09:00:00.000Z',
  timeLimit: { value: 3, unit: 'working-days' },
  contact,
});

const resultReady = (dossierCode: string): ResultReadyV1 => ({
  dossierCode,
  receivingUnitCode: '29972',
  collectAt: 'Bộ phận Một cửa xã Tân Phước',
  resultDelivery: 'desk',
  readyAt: '2025-11-24T02:00:00.000Z',
});

interface Row {
  id: string;
  template: string;
  channel: string;
  status: string;
  attempts: number;
}

describe('notification service (in-process, real Postgres and NATS)', () => {
  let svc: ServiceUnderTest;
  let sinkDir: string;

  const deliveries = (dossierCode: string) =>
    svc.query<Row>(
      `SELECT id, template, channel, status, attempts FROM notification.deliveries WHERE dossier_code = $1 ORDER BY template, channel`,
      [dossierCode],
    );
  const delivered = (dossierCode: string, count: number) =>
    eventually(async () => {
      const rows = await deliveries(dossierCode);
      expect(rows).toHaveLength(count);
      expect(rows.map((r) => r.status)).toEqual(rows.map(() => 'delivered'));
      return rows;
    });
  const sinkLines = async (ids: string[]) => {
    const text = await readFile(path.join(sinkDir, SINK_FILE), 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .filter((line) => ids.includes(line.deliveryId));
  };

  beforeAll(async () => {
    sinkDir = await mkdtemp(path.join(tmpdir(), 'motcua-notify-'));
    svc = await startServiceUnderTest(notificationService, {
      NOTIFY_SINK_DIR: sinkDir,
      NOTIFY_SWEEP_MS: '200',
      NOTIFY_SEND_LEASE_MS: '2000',
      // These tests run at any hour; quiet hours have their own (clocked) test in channels.int-spec.
      NOTIFY_QUIET_HOURS: 'off',
    });
  });

  afterAll(async () => {
    await svc?.close();
    await rm(sinkDir, { recursive: true, force: true });
  });

  it('sends one receipt per channel, once, however often the reception is delivered', async () => {
    const code = newCode();
    const event = received(code, { phone: '0912345678', email: 'nguyenvana@example.com' });
    await svc.publish(DossierReceived, event, `${code}:r1`);
    const rows = await delivered(code, 2);
    expect(rows.map((r) => [r.template, r.channel])).toEqual([
      ['receipt', 'email'],
      ['receipt', 'sms'],
    ]);

    // The same message id again: JetStream's duplicate window drops it.
    expect((await svc.publish(DossierReceived, event, `${code}:r1`)).duplicate).toBe(true);
    // Redelivered past that window: the inbox skips it.
    await svc.consumed(DossierReceived, (await svc.redeliver(DossierReceived, event, `${code}:r1`)).seq);
    // Replayed under a new message id: the inbox lets it in, the ledger key stops a second message.
    await svc.consumed(DossierReceived, (await svc.publish(DossierReceived, event, `${code}:r2`)).seq);

    const inbox = await svc.query(`SELECT message_id FROM notification.inbox WHERE message_id LIKE $1 ORDER BY message_id`, [`${code}:%`]);
    expect(inbox.map((r) => r.message_id)).toEqual([`${code}:r1`, `${code}:r2`]);
    expect(await deliveries(code)).toEqual(rows);
    const sent = await sinkLines(rows.map((r) => r.id));
    expect(sent).toHaveLength(2);
    const sms = sent.find((line) => line.channel === 'sms');
    expect(sms.to).toBe('0912345678');
    expect(sms.body).toBe(
      `Hồ sơ ${code} đã được tiếp nhận lúc 08:30 ngày 20/11/2025. Hẹn trả kết quả: 16:00 ngày 25/11/2025.`,
    );
    const email = sent.find((line) => line.channel === 'email');
    expect(email.subject).toBe(`Hồ sơ ${code} đã được tiếp nhận`);
    expect(email.body).toContain('(Cấp Giấy xác nhận tình trạng hôn nhân)');
  });

  it('writes only to the channels the citizen gave', async () => {
    const code = newCode();
    await svc.publish(DossierReceived, received(code, { phone: '0987654321' }), `${code}:r1`);
    expect((await delivered(code, 1)).map((r) => r.channel)).toEqual(['sms']);

    const silent = newCode();
    const { seq } = await svc.publish(DossierReceived, received(silent, {}), `${silent}:r1`);
    await svc.consumed(DossierReceived, seq);
    expect(await deliveries(silent)).toEqual([]);
  });

  it('invites the citizen to collect the result on the channels kept from the reception, once', async () => {
    const code = newCode();
    await svc.publish(DossierReceived, received(code, { phone: '0912345678', email: 'an@example.vn' }), `${code}:r1`);
    await delivered(code, 2);
    await svc.publish(ResultReady, resultReady(code), `${code}:ready-1`);
    await svc.consumed(ResultReady, (await svc.publish(ResultReady, resultReady(code), `${code}:ready-2`)).seq);
    await svc.consumed(ResultReady, (await svc.redeliver(ResultReady, resultReady(code), `${code}:ready-1`)).seq);

    const rows = (await delivered(code, 4)).filter((r) => r.template === 'result-ready-desk');
    expect(rows.map((r) => r.channel)).toEqual(['email', 'sms']);
    const [sms] = (await sinkLines(rows.map((r) => r.id))).filter((line) => line.channel === 'sms');
    expect(sms.body).toBe(
      `Hồ sơ ${code} đã có kết quả. Mời ông/bà nhận kết quả tại Bộ phận Một cửa xã Tân Phước từ 09:00 ngày 24/11/2025, trong giờ làm việc.`,
    );
  });

  it('retries a result that arrives before the reception, and sends it once the dead letter is replayed', async () => {
    const code = newCode();
    await svc.publish(ResultReady, resultReady(code), `${code}:ready-1`);
    const dlq = deadLetterRpcs('notification');
    const letter = await eventually(async () => {
      const letters = await svc.rpc.call(dlq.list, { actor: admin });
      const mine = letters.find((l) => l.messageId === `${code}:ready-1`);
      expect(mine).toBeDefined();
      return mine!;
    });
    expect(letter.deliveries).toBe(3);
    expect(letter.error).toContain('RecipientNotKnownYetError');
    expect(await deliveries(code)).toEqual([]);

    await svc.publish(DossierReceived, received(code, { phone: '0912345678' }), `${code}:r1`);
    await delivered(code, 1);
    expect(await svc.rpc.call(dlq.replay, { actor: admin, seq: letter.seq })).toEqual({ replayed: true });
    expect((await delivered(code, 2)).map((r) => r.template)).toEqual(['receipt', 'result-ready-desk']);
  });

  it('shows staff what was sent, with the recipient masked', async () => {
    const code = newCode();
    await svc.publish(DossierReceived, received(code, { phone: '0912345678', email: 'nguyenvana@example.com' }), `${code}:r1`);
    await delivered(code, 2);
    const views: DeliveryView[] = await svc.rpc.call(Deliveries, { actor: clerk, dossierCode: code });
    expect(views.map((v) => [v.template, v.channel, v.recipient, v.status])).toEqual([
      ['receipt', 'email', 'ng********@e******.com', 'delivered'],
      ['receipt', 'sms', '09******78', 'delivered'],
    ]);
    expect(views[1].body).toContain(code);
    expect(JSON.stringify(views)).not.toMatch(/0912345678|nguyenvana@example\.com/);
    expect(await svc.rpc.call(Deliveries, { actor: clerk, dossierCode: newCode() })).toEqual([]);
    await expect(svc.rpc.call(Deliveries, { actor: clerk, dossierCode: 'not-a-code' } as never)).rejects.toMatchObject({ status: 400 });
  });

  it('on restart, sends what a previous run committed but did not get out', async () => {
    const code = newCode();
    await svc.publish(DossierReceived, received(code, { phone: '0912345678', email: 'an@example.vn' }), `${code}:r1`);
    const [email, sms] = await delivered(code, 2);

    await svc.stop();
    // As a crash leaves them: one row committed but never sent, one taken for sending whose sender died.
    await svc.query(`UPDATE notification.deliveries SET status = 'created', attempts = 0, provider_ref = NULL WHERE id = $1`, [email.id]);
    await svc.query(`UPDATE notification.deliveries SET status = 'sending', lease_until = now() - interval '1 second' WHERE id = $1`, [sms.id]);
    await svc.restart();

    const after = await delivered(code, 2);
    expect(after.map((r) => r.attempts)).toEqual([1, 2]);
    expect(await sinkLines([email.id, sms.id])).toHaveLength(4);
  });
});
