import 'reflect-metadata';
import {
  AcknowledgeTransfer,
  DossierResolved,
  DossierRouted,
  OfficeInbox,
  ResolveTransfer,
  ResultSentBack,
  TransferAcknowledged,
  TransferSent,
  type DossierResolvedV1,
  type DossierRoutedV1,
  type ResultSentBackV1,
  type TransferAcknowledgedV1,
  type TransferSentV1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { createVietnamLegalCalendar } from '@motcua/working-days';
import { officeDeadline } from './office-deadline';
import { relayService } from '../relay.service';
import { deskClerk, key, messageIdOf, officeHandler, officeHead, routed } from '../__tests__/relay-fixture';
import { drained, eventually, ServiceEnvironment, failure } from '@motcua/service-testing';

const resolution = { resultRef: 'GCN-HKD-2026-0001', summary: 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh' };

describe('relay: transfers between the receiving desk and the competent office', () => {
  const world = new ServiceEnvironment(relayService);
  let rpc: RpcClient;
  const handler = officeHandler('869');
  const first = routed(); // acknowledged, then resolved
  // Stays 'sent'. A later appointment: due after the first, so the inbox order is fixed.
  const second = routed({
    appointmentAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    legs: [
      { fromUnitCode: '29972', toUnitCode: '869', direction: 'forward', budgetWorkingDays: 5 },
      { fromUnitCode: '869', toUnitCode: '29972', direction: 'return', budgetWorkingDays: 1 },
    ],
  });
  let firstId: string;
  let secondId: string;

  beforeAll(async () => {
    await world.setUp();
    await world.start();
    rpc = world.rpc();
    await world.publish(DossierRouted, first, messageIdOf(first));
    await world.publish(DossierRouted, second, messageIdOf(second));
    firstId = (await eventually(() => transferOf(first.dossierCode), (row) => row !== undefined)).id;
    secondId = (await eventually(() => transferOf(second.dossierCode), (row) => row !== undefined)).id;
  });
  afterAll(() => world.tearDown());

  async function transferOf(dossierCode: string) {
    return (await world.query('SELECT * FROM relay.transfers WHERE dossier_code = $1', [dossierCode]))[0];
  }
  const handoversOf = (transferId: string) =>
    world.query('SELECT id, step, from_unit_code, to_unit_code, given_by, received_by, at, timeliness FROM relay.handovers WHERE transfer_id = $1 ORDER BY id', [
      transferId,
    ]);
  const eventsOf = async <T extends { dossierCode: string }>(subject: string, dossierCode: string) =>
    (await world.outbox<T>(subject)).filter((row) => row.payload.dossierCode === dossierCode).map((row) => row.payload);

  it('sends a routed dossier to the competent office: a transfer, a "sent" handover and TransferSent', async () => {
    const transfer = await transferOf(first.dossierCode);
    // The office must finish one working day (the return leg) before the citizen's appointment.
    const dueAt = officeDeadline(new Date(first.appointmentAt), 1, createVietnamLegalCalendar());
    expect(transfer).toMatchObject({
      procedure_code: '1.001612',
      receiving_unit_code: '29972',
      from_unit_code: '29972',
      to_unit_code: '869',
      status: 'sent',
      return_budget_working_days: 1,
      acknowledged_at: null,
      resolved_at: null,
      version: 1,
    });
    expect(transfer.due_at.toISOString()).toBe(dueAt.toISOString());

    const handovers = await handoversOf(firstId);
    expect(handovers).toEqual([
      expect.objectContaining({ step: 'sent', from_unit_code: '29972', to_unit_code: '869', received_by: null, timeliness: null }),
    ]);
    expect(handovers[0].at.toISOString()).toBe(transfer.sent_at.toISOString());

    expect(await eventsOf<TransferSentV1>(TransferSent.subject, first.dossierCode)).toEqual([
      {
        transferId: firstId,
        dossierCode: first.dossierCode,
        fromUnitCode: '29972',
        toUnitCode: '869',
        sentAt: transfer.sent_at.toISOString(),
        dueAt: dueAt.toISOString(),
      },
    ]);
  });

  it('makes one transfer of the same routed event delivered twice (same message id)', async () => {
    const again = await world.publish(DossierRouted, first, messageIdOf(first));
    expect(again.duplicate).toBe(true);
    await world.redeliver(DossierRouted, first, messageIdOf(first));
    await drained(world, DossierRouted.subject);
    expect(await world.count('SELECT 1 FROM relay.transfers WHERE dossier_code = $1', [first.dossierCode])).toBe(1);
    expect(await handoversOf(firstId)).toHaveLength(1);
    expect(await eventsOf(TransferSent.subject, first.dossierCode)).toHaveLength(1);
    expect(await world.deadLetters()).toEqual([]);
  });

  describe('the office inbox', () => {
    it('lists what is addressed to 869 for its handler, nearest deadline first, with paging', async () => {
      const page = await rpc.call(OfficeInbox, { actor: handler });
      expect(page).toMatchObject({ total: 2, page: 1, pageSize: 50 });
      expect(page.items.map((t) => t.dossierCode)).toEqual([first.dossierCode, second.dossierCode]);
      expect(page.items[0]).toEqual({
        transferId: firstId,
        dossierCode: first.dossierCode,
        procedureCode: '1.001612',
        fromUnitCode: '29972',
        toUnitCode: '869',
        status: 'sent',
        sentAt: expect.any(String),
        dueAt: (await transferOf(first.dossierCode)).due_at.toISOString(),
        acknowledgedAt: null,
        resolvedAt: null,
        resultRef: null,
        assignedTo: null,
        version: 1,
        supplementCount: 0,
        delayed: false,
        paperDueAt: null,
        paperSentAt: null,
        timeliness: expect.stringMatching(/^(not-yet-due|near-late)$/),
        receivedAt: first.receivedAt,
        appointmentAt: first.appointmentAt,
        // no reference data in this suite: the names stay unknown (get-transfer.int-spec has them)
        procedureName: null,
        receivingUnitName: null,
        officeName: null,
        delay: null,
      });

      const one = await rpc.call(OfficeInbox, { actor: handler, pageSize: 1 });
      expect(one).toMatchObject({ total: 2, page: 1, pageSize: 1 });
      expect(one.items.map((t) => t.dossierCode)).toEqual([first.dossierCode]);
      const two = await rpc.call(OfficeInbox, { actor: handler, pageSize: 1, page: 2 });
      expect(two).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(two.items.map((t) => t.dossierCode)).toEqual([second.dossierCode]);

      expect((await rpc.call(OfficeInbox, { actor: officeHead('869'), status: 'sent' })).total).toBe(2);
      expect((await rpc.call(OfficeInbox, { actor: { staffId: 'audit', unitCode: '869', roles: ['auditor'] } })).total).toBe(2);
    });

    it('lists nothing for the office of another unit', async () => {
      expect(await rpc.call(OfficeInbox, { actor: officeHandler('866') })).toEqual({ items: [], total: 0, page: 1, pageSize: 50 });
      expect((await rpc.call(OfficeInbox, { actor: officeHandler('29972') })).total).toBe(0);
    });

    it('is not for desk staff (403)', async () => {
      expect((await failure(rpc.call(OfficeInbox, { actor: deskClerk('869') }))).status).toBe(403);
    });
  });

  describe('acknowledging', () => {
    it('refuses a desk clerk (403) and an office handler of another unit (403), and changes nothing', async () => {
      expect(await failure(rpc.call(AcknowledgeTransfer, { idempotencyKey: key(), actor: deskClerk('869'), transferId: firstId }))).toMatchObject({
        status: 403,
        code: 'forbidden',
      });
      expect(await failure(rpc.call(AcknowledgeTransfer, { idempotencyKey: key(), actor: officeHandler('866'), transferId: firstId }))).toMatchObject({
        status: 403,
        code: 'forbidden',
      });
      expect((await transferOf(first.dossierCode)).status).toBe('sent');
      expect(await handoversOf(firstId)).toHaveLength(1);
      expect(await eventsOf(TransferAcknowledged.subject, first.dossierCode)).toEqual([]);
    });

    it('refuses to resolve a transfer not acknowledged yet (409), and changes nothing', async () => {
      const error = await failure(rpc.call(ResolveTransfer, { idempotencyKey: key(), actor: handler, transferId: secondId, body: resolution }));
      expect(error).toMatchObject({ status: 409, code: 'wrong_state', message: expect.stringContaining('Phiếu chuyển đang ở trạng thái sent') });
      expect(await transferOf(second.dossierCode)).toMatchObject({ status: 'sent', resolved_at: null, version: 1 });
      expect(await handoversOf(secondId)).toHaveLength(1);
      expect(await eventsOf(DossierResolved.subject, second.dossierCode)).toEqual([]);
    });

    it("is done by 869's handler: acknowledged, a 'received' handover, TransferAcknowledged; once per key, then 409", async () => {
      const command = { idempotencyKey: key('ack'), actor: handler, transferId: firstId };
      const view = await rpc.call(AcknowledgeTransfer, command);
      expect(view).toMatchObject({ transferId: firstId, status: 'acknowledged', acknowledgedAt: expect.any(String), resolvedAt: null });

      const row = await transferOf(first.dossierCode);
      expect(row).toMatchObject({ status: 'acknowledged', acknowledged_by: handler.staffId, version: 2 });
      expect(row.acknowledged_at.toISOString()).toBe(view.acknowledgedAt);
      expect((await handoversOf(firstId)).map((h) => [h.step, h.from_unit_code, h.to_unit_code, h.received_by])).toEqual([
        ['sent', '29972', '869', null],
        ['received', '29972', '869', handler.staffId],
      ]);
      expect(await eventsOf<TransferAcknowledgedV1>(TransferAcknowledged.subject, first.dossierCode)).toEqual([
        { transferId: firstId, dossierCode: first.dossierCode, unitCode: '869', staffId: handler.staffId, acknowledgedAt: view.acknowledgedAt },
      ]);

      expect(await rpc.call(AcknowledgeTransfer, command)).toEqual(view);
      // The key is bound to its actor: another unit's handler replaying it gets no view of the transfer.
      expect(await failure(rpc.call(AcknowledgeTransfer, { ...command, actor: officeHandler('866') }))).toMatchObject({ status: 409, code: 'idempotency_key_reused' });
      expect(await failure(rpc.call(AcknowledgeTransfer, { ...command, idempotencyKey: key('ack') }))).toMatchObject({ status: 409, code: 'wrong_state', message: expect.stringContaining('Phiếu chuyển đang ở trạng thái acknowledged') });
      expect(await handoversOf(firstId)).toHaveLength(2);
      expect(await eventsOf(TransferAcknowledged.subject, first.dossierCode)).toHaveLength(1);
    });
  });

  describe('resolving', () => {
    it('refuses an office handler of another unit (403)', async () => {
      expect((await failure(rpc.call(ResolveTransfer, { idempotencyKey: key(), actor: officeHandler('866'), transferId: firstId, body: resolution }))).status).toBe(403);
      expect((await transferOf(first.dossierCode)).status).toBe('acknowledged');
    });

    it("resolves: 'resolved' and 'returned' handovers, DossierResolved and ResultSentBack back to the desk", async () => {
      const command = { idempotencyKey: key('resolve'), actor: handler, transferId: firstId, body: resolution };
      const view = await rpc.call(ResolveTransfer, command);
      expect(view).toMatchObject({ transferId: firstId, status: 'resolved', resultRef: resolution.resultRef, resolvedAt: expect.any(String), timeliness: 'early' });

      const row = await transferOf(first.dossierCode);
      expect(row).toMatchObject({ status: 'resolved', resolved_by: handler.staffId, result_ref: resolution.resultRef, summary: resolution.summary, version: 3 });
      expect(row.resolved_at.toISOString()).toBe(view.resolvedAt);

      const handovers = await handoversOf(firstId);
      expect(handovers.map((h) => [h.step, h.from_unit_code, h.to_unit_code, h.given_by, h.timeliness])).toEqual([
        ['sent', '29972', '869', null, null],
        ['received', '29972', '869', null, null],
        ['resolved', '869', '869', handler.staffId, 'early'],
        ['returned', '869', '29972', handler.staffId, null],
      ]);

      expect(await eventsOf<DossierResolvedV1>(DossierResolved.subject, first.dossierCode)).toEqual([
        {
          transferId: firstId,
          dossierCode: first.dossierCode,
          unitCode: '869',
          staffId: handler.staffId,
          resultRef: resolution.resultRef,
          resolvedAt: view.resolvedAt,
          timeliness: 'early',
        },
      ]);
      expect(await eventsOf<ResultSentBackV1>(ResultSentBack.subject, first.dossierCode)).toEqual([
        {
          transferId: firstId,
          dossierCode: first.dossierCode,
          fromUnitCode: '869',
          toUnitCode: '29972',
          resultRef: resolution.resultRef,
          summary: resolution.summary,
          outcome: 'resolved',
          sentAt: view.resolvedAt,
        },
      ]);
      // Both reach relay's stream, in the order they were written.
      const published = await eventually(
        async () => [...(await world.streamEvents(DossierResolved.subject)), ...(await world.streamEvents(ResultSentBack.subject))],
        (list) => list.filter((e) => e.payload.dossierCode === first.dossierCode).length === 2,
      );
      const [resolvedSeq, sentBackSeq] = published.filter((e) => e.payload.dossierCode === first.dossierCode).map((e) => e.seq);
      expect(resolvedSeq).toBeLessThan(sentBackSeq);

      expect(await rpc.call(ResolveTransfer, command)).toEqual(view);
      expect(await failure(rpc.call(ResolveTransfer, { ...command, actor: officeHandler('866') }))).toMatchObject({ status: 409, code: 'idempotency_key_reused' });
      expect(await failure(rpc.call(ResolveTransfer, { ...command, idempotencyKey: key('resolve') }))).toMatchObject({ status: 409, code: 'wrong_state', message: expect.stringContaining('Phiếu chuyển đang ở trạng thái resolved') });
      expect(await handoversOf(firstId)).toHaveLength(4);
    });

    it('answers 404 for a transfer that does not exist', async () => {
      const error = await failure(rpc.call(AcknowledgeTransfer, { idempotencyKey: key(), actor: handler, transferId: '00000000-0000-4000-8000-000000000000' }));
      expect(error.status).toBe(404);
    });
  });

  describe('the process-control slip (relay.handovers)', () => {
    it('refuses UPDATE and DELETE: every row is unchanged after trying', async () => {
      const before = await world.query('SELECT * FROM relay.handovers ORDER BY id');
      expect(before.length).toBeGreaterThanOrEqual(5);
      await world.query(`UPDATE relay.handovers SET step = 'sent', given_by = 'forger', at = now() - interval '10 days'`).catch(() => undefined);
      await world.query(`UPDATE relay.handovers SET timeliness = 'on-time' WHERE step = 'resolved'`).catch(() => undefined);
      await world.query('DELETE FROM relay.handovers').catch(() => undefined);
      await world.query('DELETE FROM relay.handovers WHERE transfer_id = $1', [firstId]).catch(() => undefined);
      expect(await world.query('SELECT * FROM relay.handovers ORDER BY id')).toEqual(before);
    });
  });

  describe('a local route', () => {
    it("sends a commune procedure to the receiving unit's own office", async () => {
      const local = routed({
        procedureCode: '1.004873',
        competentUnitCode: '29972',
        mode: 'local',
        legs: [{ fromUnitCode: '29972', toUnitCode: '29972', direction: 'forward', budgetWorkingDays: 3 }],
      });
      await world.publish(DossierRouted, local, messageIdOf(local));
      const transfer = await eventually(() => transferOf(local.dossierCode), (row) => row !== undefined);
      expect(transfer).toMatchObject({ from_unit_code: '29972', to_unit_code: '29972', status: 'sent', return_budget_working_days: 0 });
      const inbox = await rpc.call(OfficeInbox, { actor: officeHandler('29972') });
      expect(inbox.items.map((t) => t.dossierCode)).toEqual([local.dossierCode]);
      expect((await rpc.call(OfficeInbox, { actor: handler })).items.map((t) => t.dossierCode)).not.toContain(local.dossierCode);
    });
  });

  it('dead-letters a routed event with an invalid payload at once, and makes no transfer', async () => {
    const bad = { ...routed(), legs: [] } as DossierRoutedV1;
    await world.publish(DossierRouted, bad, messageIdOf(bad));
    const letters = await eventually(() => world.deadLetters(), (list) => list.some((l) => l.messageId === messageIdOf(bad)));
    const letter = letters.find((l) => l.messageId === messageIdOf(bad))!;
    expect(letter.deliveries).toBe(1);
    expect(letter.error).toContain('legs');
    expect(await transferOf(bad.dossierCode)).toBeUndefined();
  });
});
