import { Logger } from '@nestjs/common';
import { createServiceDataSource, messagingTablesMigration, migrateUnderLock } from '@motcua/persistence';
import { createTestDatabase, resolvePostgres, type TestDatabase } from '@motcua/testing';
import type { DataSource } from 'typeorm';
import { composeMessages } from '../ledger/compose-messages';
import { DeliveryLedger } from '../ledger/delivery-ledger';
import { RecipientsAndDeliveries1763700000500 } from '../migrations/1763700000500-recipients-and-deliveries';
import { NotificationProvider, PermanentDeliveryFailure, TemporaryDeliveryFailure, type OutgoingMessage } from '../providers/notification-provider';
import { eventuallyTruthy as eventually } from '@motcua/service-testing';
import { DeliveryDispatcher } from './delivery-dispatcher';
import type { DispatchSettings } from './dispatch-settings';

/** A provider scripted per channel: each call takes the next outcome ('ok' or a failure to throw). */
class ScriptedProvider extends NotificationProvider {
  readonly calls: OutgoingMessage[] = [];
  constructor(private readonly script: Record<string, (Error | 'ok')[]>) {
    super();
  }
  async send(message: OutgoingMessage): Promise<string> {
    this.calls.push(message);
    const next = this.script[message.channel].shift() ?? 'ok';
    if (next !== 'ok') throw next;
    return `ref-${this.calls.length}`;
  }
}

const settings: DispatchSettings = { sweepMs: 50, leaseMs: 5_000, maxAttempts: 3, retryBaseMs: 20, retryMaxMs: 100, batchSize: 10 };
const values = { dossierCode: '000.72.69.H20-251120-0001', collectAt: 'Bộ phận Một cửa xã Tân Phước' };

describe('DeliveryDispatcher against the ledger (real Postgres)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let ledger: DeliveryLedger;
  let dispatcher: DeliveryDispatcher | undefined;

  beforeAll(async () => {
    Logger.overrideLogger(['error']); // the failures below are expected
    db = await createTestDatabase({ adminUrl: (await resolvePostgres()).url });
    dataSource = createServiceDataSource({
      url: db.url,
      schema: 'notification',
      migrations: [messagingTablesMigration('notification'), RecipientsAndDeliveries1763700000500],
      poolSize: 3,
    });
    await dataSource.initialize();
    await migrateUnderLock(dataSource, 'notification');
    ledger = new DeliveryLedger(dataSource);
  });

  afterEach(async () => {
    await dispatcher?.onModuleDestroy();
    await dataSource.query('TRUNCATE notification.deliveries');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const record = (code: string) =>
    dataSource.transaction((manager) =>
      ledger.record(manager, code, composeMessages('result-ready', { phone: '0912345678', email: 'an@example.vn' }, values)),
    );
  const statuses = async (code: string) =>
    (await ledger.listByDossier(code)).map((r) => [r.channel, r.status, r.attempts, r.lastError]);

  it('retries a temporary failure until delivered, and gives up at once on a permanent one', async () => {
    const provider = new ScriptedProvider({
      sms: [new TemporaryDeliveryFailure('gateway busy'), 'ok'],
      email: [new PermanentDeliveryFailure('mailbox does not exist')],
    });
    dispatcher = new DeliveryDispatcher(ledger, provider, settings);
    const ids = await record(values.dossierCode);
    dispatcher.dispatchNow(ids);
    await dispatcher.start();

    await eventually(async () =>
      expect(await statuses(values.dossierCode)).toEqual([
        ['email', 'permanent-failure', 1, 'mailbox does not exist'],
        ['sms', 'delivered', 2, null],
      ]),
    );
    expect(provider.calls.filter((c) => c.channel === 'sms')).toHaveLength(2);
    // The ledger id travels as the provider's idempotency key.
    expect(ids).toContain(provider.calls[0].deliveryId);
  });

  it('turns a failure that keeps coming back into a permanent one after the last attempt', async () => {
    const down = () => new TemporaryDeliveryFailure('gateway down');
    const provider = new ScriptedProvider({ sms: [down(), down(), down(), down()], email: [down(), down(), down(), down()] });
    dispatcher = new DeliveryDispatcher(ledger, provider, settings);
    await record(values.dossierCode);
    await dispatcher.start();

    await eventually(async () =>
      expect(await statuses(values.dossierCode)).toEqual([
        ['email', 'permanent-failure', 3, 'gave up after 3 attempts: gateway down'],
        ['sms', 'permanent-failure', 3, 'gave up after 3 attempts: gateway down'],
      ]),
    );
    expect(provider.calls).toHaveLength(6);
  });

  it('never records a second message for the same dossier, template and channel', async () => {
    const first = await record(values.dossierCode);
    const again = await record(values.dossierCode);
    expect(first).toHaveLength(2);
    expect(again).toEqual([]);
  });
});
