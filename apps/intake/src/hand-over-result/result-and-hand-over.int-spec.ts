import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  DeskInbox,
  DossierHandedOver,
  GetDossier,
  HandOverResult,
  ResultReady,
  ResultSentBack,
  SubmitDossier,
  type DossierHandedOverV1,
  type ResultReadyV1,
  type ResultSentBackV1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { intakeService } from '../intake.service';
import { deskClerk, householdBusiness, officeHandler, putReference, unitOf } from '../__tests__/reference-fixture';
import { drained, eventually, ServiceEnvironment, failure } from '@motcua/service-testing';

const key = (what = 'k') => `${what}-${randomUUID()}`;
const sentBack = (dossierCode: string, overrides: Partial<ResultSentBackV1> = {}): ResultSentBackV1 => ({
  transferId: randomUUID(),
  dossierCode,
  fromUnitCode: '869',
  toUnitCode: '29972',
  resultRef: 'GCN-HKD-2026-0001',
  summary: 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh',
  sentAt: new Date().toISOString(),
  ...overrides,
});

describe('intake: the result comes back to the desk and is handed over', () => {
  const world = new ServiceEnvironment(intakeService);
  let rpc: RpcClient;
  const clerk = deskClerk('29972');
  const otherClerk = deskClerk('30010');
  let ready: string; // will get its result back
  let waiting: string; // stays at 'received'
  let elsewhere: string; // received at another desk

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await world.start();
    rpc = world.rpc();
    ready = (await rpc.call(SubmitDossier, { idempotencyKey: key(), actor: clerk, body: householdBusiness })).dossierCode;
    waiting = (await rpc.call(SubmitDossier, { idempotencyKey: key(), actor: clerk, body: householdBusiness })).dossierCode;
    elsewhere = (await rpc.call(SubmitDossier, { idempotencyKey: key(), actor: otherClerk, body: householdBusiness })).dossierCode;
  });
  afterAll(() => world.tearDown());

  const dossier = async (code: string) => (await world.query('SELECT * FROM intake.dossiers WHERE code = $1', [code]))[0];
  const eventsOf = async <T extends { dossierCode: string }>(subject: string, code: string) =>
    (await world.outbox<T>(subject)).filter((row) => row.payload.dossierCode === code);

  it('marks the dossier result-ready on ResultSentBack and announces ResultReady with where to collect it', async () => {
    const event = sentBack(ready);
    await world.publish(ResultSentBack, event, `relay-${randomUUID()}`);
    const row = await eventually(() => dossier(ready), (d) => d.status === 'result-ready');
    expect(row).toMatchObject({ result_ref: event.resultRef, result_summary: event.summary, version: 2 });
    expect(row.result_ready_at).toBeInstanceOf(Date);

    const [announced] = await eventsOf<ResultReadyV1>(ResultReady.subject, ready);
    expect(announced.payload).toEqual({
      dossierCode: ready,
      receivingUnitCode: '29972',
      collectAt: unitOf('29972').deskName,
      resultDelivery: 'desk',
      readyAt: expect.any(String),
    });
  });

  it('applies a redelivered or repeated ResultSentBack once: one ResultReady', async () => {
    const messageId = `relay-${randomUUID()}`;
    const event = sentBack(ready, { resultRef: 'OTHER-REF' });
    await world.publish(ResultSentBack, event, messageId);
    await world.redeliver(ResultSentBack, event, messageId);
    await drained(world, ResultSentBack.subject);
    expect(await eventsOf(ResultReady.subject, ready)).toHaveLength(1);
    expect((await dossier(ready)).result_ref).toBe('GCN-HKD-2026-0001');
  });

  it('dead-letters a ResultSentBack for a dossier it does not know, and announces nothing', async () => {
    const unknown = '000.72.69.H20-200101-9999';
    const messageId = `relay-${randomUUID()}`;
    await world.publish(ResultSentBack, sentBack(unknown), messageId);
    const letters = await eventually(() => world.deadLetters(), (list) => list.some((l) => l.messageId === messageId));
    expect(letters.find((l) => l.messageId === messageId)!.error).toContain('Không tìm thấy hồ sơ');
    expect(await eventsOf(ResultReady.subject, unknown)).toEqual([]);
  });

  describe('hand-over', () => {
    it('refuses a clerk of another unit (403) and an office handler (403), and changes nothing', async () => {
      expect(await failure(rpc.call(HandOverResult, { idempotencyKey: key(), actor: otherClerk, dossierCode: ready, body: { method: 'desk' } }))).toMatchObject({
        status: 403,
        code: 'forbidden',
      });
      expect((await failure(rpc.call(HandOverResult, { idempotencyKey: key(), actor: officeHandler('29972'), dossierCode: ready, body: { method: 'desk' } }))).status).toBe(403);
      expect((await dossier(ready)).status).toBe('result-ready');
      expect(await eventsOf(DossierHandedOver.subject, ready)).toEqual([]);
    });

    it('refuses before the result is at the desk (409), and changes nothing', async () => {
      const error = await failure(rpc.call(HandOverResult, { idempotencyKey: key(), actor: clerk, dossierCode: waiting, body: { method: 'desk' } }));
      expect(error).toMatchObject({ status: 409, code: 'result_not_ready' });
      expect(await dossier(waiting)).toMatchObject({ status: 'received', handed_over_at: null, version: 1 });
      expect(await eventsOf(DossierHandedOver.subject, waiting)).toEqual([]);
    });

    it('answers 404 for a dossier code that does not exist', async () => {
      const error = await failure(rpc.call(HandOverResult, { idempotencyKey: key(), actor: clerk, dossierCode: '000.72.69.H20-200101-9998', body: { method: 'desk' } }));
      expect(error.status).toBe(404);
    });

    it('hands the result over once it is ready: handed-over, DossierHandedOver; once per key; a second hand-over is 409', async () => {
      const idempotencyKey = key('hand-over');
      const command = { idempotencyKey, actor: clerk, dossierCode: ready, body: { method: 'desk' as const } };
      const response = await rpc.call(HandOverResult, command);
      expect(response).toEqual({ dossierCode: ready, status: 'handed-over', handedOverAt: expect.any(String) });

      const row = await dossier(ready);
      expect(row).toMatchObject({ status: 'handed-over', handed_over_by: clerk.staffId, handover_method: 'desk', version: 3 });
      expect(row.handed_over_at.toISOString()).toBe(response.handedOverAt);

      const events = await eventsOf<DossierHandedOverV1>(DossierHandedOver.subject, ready);
      expect(events.map((e) => e.payload)).toEqual([
        { dossierCode: ready, receivingUnitCode: '29972', method: 'desk', staffId: clerk.staffId, handedOverAt: response.handedOverAt },
      ]);

      expect(await rpc.call(HandOverResult, command)).toEqual(response);
      // The key is bound to its actor: another unit's clerk replaying it is refused, not told it succeeded.
      expect(await failure(rpc.call(HandOverResult, { ...command, actor: otherClerk }))).toMatchObject({ status: 409, code: 'idempotency_key_reused' });
      const again = await failure(rpc.call(HandOverResult, { ...command, idempotencyKey: key('hand-over') }));
      expect(again).toMatchObject({ status: 409, code: 'result_not_ready' });
      expect(await eventsOf(DossierHandedOver.subject, ready)).toHaveLength(1);
    });

    it('ignores a late ResultSentBack for a dossier already handed over', async () => {
      await world.publish(ResultSentBack, sentBack(ready, { resultRef: 'LATE' }), `relay-${randomUUID()}`);
      await drained(world, ResultSentBack.subject);
      expect(await dossier(ready)).toMatchObject({ status: 'handed-over', result_ref: 'GCN-HKD-2026-0001' });
      expect(await eventsOf(ResultReady.subject, ready)).toHaveLength(1);
    });
  });

  describe('desk inbox and dossier look-up', () => {
    it("lists only the actor's own unit's dossiers, with a status filter", async () => {
      const mine = await rpc.call(DeskInbox, { actor: clerk });
      expect(mine.map((d) => d.dossierCode).sort()).toEqual([ready, waiting].sort());
      expect(mine.find((d) => d.dossierCode === ready)).toMatchObject({ status: 'handed-over', resultRef: 'GCN-HKD-2026-0001', procedureCode: '1.001612' });

      const theirs = await rpc.call(DeskInbox, { actor: otherClerk });
      expect(theirs.map((d) => d.dossierCode)).toEqual([elsewhere]);

      expect((await rpc.call(DeskInbox, { actor: clerk, status: 'received' })).map((d) => d.dossierCode)).toEqual([waiting]);
      expect(await rpc.call(DeskInbox, { actor: clerk, status: 'result-ready' })).toEqual([]);
      expect(await rpc.call(DeskInbox, { actor: deskClerk('29969') })).toEqual([]);
    });

    it("names each row's applicant and the delivery they chose, so the hand-over starts from it", async () => {
      const byPost = (
        await rpc.call(SubmitDossier, {
          idempotencyKey: key(),
          actor: clerk,
          body: { ...householdBusiness, resultDelivery: 'post', applicant: { ...householdBusiness.applicant, fullName: 'Lê Thị Bưu Điện'.normalize('NFD') } },
        })
      ).dossierCode;
      const rows = await rpc.call(DeskInbox, { actor: clerk });
      expect(rows.find((d) => d.dossierCode === byPost)).toMatchObject({ applicantName: 'Lê Thị Bưu Điện', resultDelivery: 'post', status: 'received' });
      expect(rows.find((d) => d.dossierCode === ready)).toMatchObject({ applicantName: householdBusiness.applicant.fullName, resultDelivery: 'desk' });
    });

    it('refuses the desk inbox to staff who are not desk staff (403)', async () => {
      expect((await failure(rpc.call(DeskInbox, { actor: officeHandler('29972') }))).status).toBe(403);
    });

    it("shows a dossier to its own desk, not to another unit's clerk", async () => {
      const found = await rpc.call(GetDossier, { actor: clerk, dossierCode: ready });
      expect(found).toMatchObject({ dossierCode: ready, status: 'handed-over', receivingUnit: { code: '29972' }, procedure: { code: '1.001612' } });
      expect((await failure(rpc.call(GetDossier, { actor: otherClerk, dossierCode: ready }))).status).toBe(403);
      expect((await failure(rpc.call(GetDossier, { actor: clerk, dossierCode: '000.72.69.H20-200101-9997' }))).status).toBe(404);
    });
  });
});
