import { Logger } from '@nestjs/common';
import { createServiceDataSource, messagingTablesMigration, migrateUnderLock, TransactionRunner } from '@motcua/persistence';
import { eventuallyTruthy as eventually } from '@motcua/service-testing';
import { createTestDatabase, resolvePostgres, type TestDatabase } from '@motcua/testing';
import type { DataSource } from 'typeorm';
import { systemClock } from '../clock/clock';
import { ContactStore, dossierRecipient } from '../contacts/contact-store';
import { DeliveryLedger } from '../ledger/delivery-ledger';
import { MessageRecorder, type Notice } from '../ledger/message-recorder';
import { RecipientsAndDeliveries1763700000500 } from '../migrations/1763700000500-recipients-and-deliveries';
import { TemplatesConsentAndLedgerKeys1763700000510 } from '../migrations/1763700000510-templates-consent-and-ledger-keys';
import { PreferenceStore } from '../preferences/preference-store';
import { NotificationProvider, PermanentDeliveryFailure, TemporaryDeliveryFailure, type OutgoingMessage } from '../providers/notification-provider';
import { TemplateStore } from '../templates/template-store';
import { DeliveryDispatcher } from './delivery-dispatcher';
import type { DispatchSettings } from './dispatch-settings';
import { UndeliveredReporter } from './undelivered-reporter';

/** A provider scripted per channel: each call takes the next outcome ('ok' or a failure to throw). */
class ScriptedProvider extends NotificationProvider {
  readonly calls: (OutgoingMessage & { at: number })[] = [];
  constructor(private readonly script: Record<string, (Error | 'ok')[]>) {
    super();
  }
  async send(message: OutgoingMessage): Promise<string> {
    this.calls.push({ ...message, at: Date.now() });
    const next = this.script[message.channel]?.shift() ?? 'ok';
    if (next !== 'ok') throw next;
    return `ref-${this.calls.length}`;
  }
}

const base: DispatchSettings = {
  sweepMs: 50,
  leaseMs: 5_000,
  maxAttempts: 3,
  retryBaseMs: 20,
  retryMaxMs: 100,
  batchSize: 10,
  quietHours: null,
  rateLimits: {},
  overdueAfterMs: 24 * 3_600_000,
  defaultConsent: ['sms', 'email'],
};

let sequence = 0;
const newCode = () => `000.72.69.H20-251120-${String(3000 + ++sequence)}`;

describe('DeliveryDispatcher against the ledger (real Postgres)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let ledger: DeliveryLedger;
  let runner: TransactionRunner;
  let dispatcher: DeliveryDispatcher | undefined;

  beforeAll(async () => {
    Logger.overrideLogger(['error']); // the failures below are expected
    db = await createTestDatabase({ adminUrl: (await resolvePostgres()).url });
    dataSource = createServiceDataSource({
      url: db.url,
      schema: 'notification',
      migrations: [messagingTablesMigration('notification'), RecipientsAndDeliveries1763700000500, TemplatesConsentAndLedgerKeys1763700000510],
      poolSize: 3,
    });
    await dataSource.initialize();
    await migrateUnderLock(dataSource, 'notification');
    await new TemplateStore(dataSource).seedDefaults(new Date());
    ledger = new DeliveryLedger(dataSource);
    runner = new TransactionRunner(dataSource, 'notification');
  });

  afterEach(async () => {
    await dispatcher?.onModuleDestroy();
    // Rows a test leaves pending would be swept by the next test's dispatcher.
    await dataSource.query('TRUNCATE notification.deliveries, notification.outbox, notification.contacts');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const build = (provider: NotificationProvider, settings: DispatchSettings = base) => {
    const recorder = new MessageRecorder(ledger, new TemplateStore(dataSource), new PreferenceStore(), new ContactStore(), settings, systemClock);
    dispatcher = new DeliveryDispatcher(ledger, provider, settings, runner, recorder, new PreferenceStore(), new UndeliveredReporter(ledger), systemClock);
    return { recorder, dispatcher };
  };
  const notice = (code: string, contact = { phone: '0912345678', email: 'an@example.vn' }): Notice => ({
    kind: 'result-ready-desk',
    eventKey: `result-ready:${code}`,
    recipientKey: dossierRecipient(code),
    contact,
    dossierCode: code,
    unitCode: '29972',
    values: { dossierCode: code, collectAt: 'Bộ phận Một cửa xã Tân Phước', readyAt: '09:00 ngày 24/11/2025' },
  });
  const record = (recorder: MessageRecorder, code: string) =>
    runner.run(async (uow) => {
      await new ContactStore().saveOnce(uow.manager, dossierRecipient(code), notice(code).contact);
      return recorder.record(uow.manager, notice(code));
    });
  const statuses = async (code: string) => (await ledger.listByDossier(code)).map((r) => [r.channel, r.status, r.attempts, r.lastError]);
  const undelivered = (code: string) =>
    dataSource.query(`SELECT payload->>'channel' AS channel, payload->>'reason' AS reason FROM notification.outbox WHERE payload->>'dossierCode' = $1 ORDER BY 1`, [code]);

  it('retries a temporary failure until delivered, and gives up at once on a permanent one, reporting it', async () => {
    const provider = new ScriptedProvider({ sms: [new TemporaryDeliveryFailure('gateway busy'), 'ok'], email: [new PermanentDeliveryFailure('mailbox does not exist')] });
    const { recorder, dispatcher } = build(provider);
    const code = newCode();
    const ids = await record(recorder, code);
    dispatcher.dispatchNow(ids);
    await dispatcher.start();

    await eventually(async () =>
      expect(await statuses(code)).toEqual([
        ['email', 'permanent-failure', 1, 'mailbox does not exist'],
        ['sms', 'delivered', 2, null],
      ]),
    );
    expect(provider.calls.filter((c) => c.channel === 'sms')).toHaveLength(2);
    // The ledger id travels as the provider's idempotency key.
    expect(ids).toContain(provider.calls[0].deliveryId);
    // The e-mail cannot fall back to the phone (it already has its message): reported as undelivered.
    expect(await undelivered(code)).toEqual([{ channel: 'email', reason: 'failed' }]);
  });

  it('turns a failure that keeps coming back into a permanent one after the last attempt', async () => {
    const down = () => new TemporaryDeliveryFailure('gateway down');
    const provider = new ScriptedProvider({ sms: [down(), down(), down(), down()], email: [down(), down(), down(), down()] });
    const { recorder, dispatcher } = build(provider);
    const code = newCode();
    await record(recorder, code);
    await dispatcher.start();

    await eventually(async () =>
      expect(await statuses(code)).toEqual([
        ['email', 'permanent-failure', 3, 'gave up after 3 attempts: gateway down'],
        ['sms', 'permanent-failure', 3, 'gave up after 3 attempts: gateway down'],
      ]),
    );
    expect(provider.calls).toHaveLength(6);
    expect(await undelivered(code)).toEqual([
      { channel: 'email', reason: 'failed' },
      { channel: 'sms', reason: 'failed' },
    ]);
  });

  it('never records a second message for the same event, recipient and channel', async () => {
    const { recorder } = build(new ScriptedProvider({}));
    const code = newCode();
    expect(await record(recorder, code)).toHaveLength(2);
    expect(await record(recorder, code)).toEqual([]);
  });

  it('keeps to the provider’s rate (four SMS a second), losing none', async () => {
    const provider = new ScriptedProvider({});
    const { recorder, dispatcher } = build(provider, { ...base, rateLimits: { sms: { ratePerSecond: 4, burst: 1 } } });
    const codes = [newCode(), newCode(), newCode(), newCode()];
    const ids = (await Promise.all(codes.map((code) => record(recorder, code)))).flat();
    dispatcher.dispatchNow(ids);
    await dispatcher.start();

    await eventually(async () => {
      for (const code of codes) expect((await statuses(code)).map((s) => s[1])).toEqual(['delivered', 'delivered']);
    });
    const sms = provider.calls.filter((c) => c.channel === 'sms').map((c) => c.at);
    expect(sms).toHaveLength(4);
    for (let i = 1; i < sms.length; i++) expect(sms[i] - sms[i - 1]).toBeGreaterThanOrEqual(200);
    // Held back by the limit, not failed: no attempt was spent waiting.
    for (const code of codes) expect((await statuses(code)).map((s) => s[2])).toEqual([1, 1]);
  });

  it('reports a message still undelivered long after it was written, once', async () => {
    const provider = new ScriptedProvider({ sms: Array.from({ length: 20 }, () => new TemporaryDeliveryFailure('gateway down')) });
    const { recorder, dispatcher } = build(provider, { ...base, maxAttempts: 50, retryBaseMs: 5_000, retryMaxMs: 5_000, overdueAfterMs: 300 });
    const code = newCode();
    await record(recorder, code);
    await dispatcher.start();

    await eventually(async () => expect(await undelivered(code)).toEqual([{ channel: 'sms', reason: 'overdue' }]));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await undelivered(code)).toHaveLength(1);
    expect((await statuses(code))[1]).toEqual(['sms', 'temporary-failure', 1, 'gateway down']);
  });
});
