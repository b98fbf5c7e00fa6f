import 'reflect-metadata';
import {
  AcknowledgeTransfer,
  ApproveTransfer,
  AssignTransfer,
  ControlSlipRpc,
  DeadlineAlert,
  DeclareDelay,
  DossierDelayed,
  DossierRefused,
  DossierRouted,
  DossierWithdrawn,
  DossierSupplemented,
  OfficeInbox,
  RecordPaperDispatch,
  RefuseTransfer,
  RequestSupplement,
  ResolveTransfer,
  ResultSentBack,
  SupplementRequested,
  type DossierRoutedV1,
  type ResultSentBackV1,
  type TransferView,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { eventually, ServiceEnvironment, failure } from '@motcua/service-testing';
import { createVietnamLegalCalendar, vietnamDayOf, vietnamInstant } from '@motcua/working-days';
import { deskClerk, key, messageIdOf, officeHandler, officeHead, routed } from '../__tests__/relay-fixture';
import { DeadlineAlertSweep } from '../deadline-alerts/deadline-alert-sweep';
import { relayService } from '../relay.service';
import { officeDeadline } from '../transfers/office-deadline';

const calendar = createVietnamLegalCalendar();
const handler = officeHandler('869');
const head = officeHead('869');
const resolution = { resultRef: 'QD-0001', summary: 'Cấp giấy chứng nhận' };
/** An appointment a few working days ahead, at 17:00 Vietnam time. */
const appointmentIn = (workingDays: number) => vietnamInstant(calendar.addWorkingDays(vietnamDayOf(new Date()), workingDays), '17:00').toISOString();

describe('relay: the office workflow', () => {
  const world = new ServiceEnvironment(relayService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await world.start({ RELAY_ALERT_SWEEP_MS: '0' });
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  const transferOf = async (dossierCode: string) => (await world.query(`SELECT * FROM relay.transfers WHERE dossier_code = $1`, [dossierCode]))[0];
  const stepsOf = async (dossierCode: string) =>
    (await world.query(`SELECT step FROM relay.handovers WHERE dossier_code = $1 ORDER BY at, id`, [dossierCode])).map((r) => r.step);
  const eventsOf = async (subject: string, dossierCode: string) => (await world.outbox(subject)).filter((e) => e.payload.dossierCode === dossierCode).map((e) => e.payload);

  async function arrive(overrides: Partial<DossierRoutedV1> = {}): Promise<{ event: DossierRoutedV1; id: string }> {
    const event = routed({ appointmentAt: appointmentIn(5), ...overrides });
    await world.publish(DossierRouted, event, messageIdOf(event));
    const row = await eventually(() => transferOf(event.dossierCode), (r) => r !== undefined);
    return { event, id: row.id };
  }

  async function acknowledged(overrides: Partial<DossierRoutedV1> = {}) {
    const arrived = await arrive(overrides);
    await rpc.call(AcknowledgeTransfer, { idempotencyKey: key(), actor: handler, transferId: arrived.id });
    return arrived;
  }

  it('assigns: the head to anyone of the office, a handler only to themselves', async () => {
    const { event, id } = await arrive();
    expect(await failure(rpc.call(AssignTransfer, { idempotencyKey: key(), actor: handler, transferId: id, body: { assigneeStaffId: 'someone.else' } }))).toMatchObject({ status: 403 });
    const view = await rpc.call(AssignTransfer, { idempotencyKey: key(), actor: head, transferId: id, body: { assigneeStaffId: handler.staffId } });
    expect(view).toMatchObject({ assignedTo: handler.staffId, version: 2, status: 'sent' });
    const mine = await rpc.call(OfficeInbox, { actor: handler, assignedTo: 'me' });
    expect(mine.items.map((t) => t.dossierCode)).toContain(event.dossierCode);
    expect(await stepsOf(event.dossierCode)).toEqual(['sent', 'assigned']);
  });

  it('asks for a supplement: the clock stops, restarts from zero when the dossier is back; a second request counts as late', async () => {
    const { event, id } = await acknowledged();
    const items = [{ name: 'Bản sao giấy tờ pháp lý', reason: 'Bản sao không rõ chữ, cần bản sao có chứng thực' }];
    const asked = await rpc.call(RequestSupplement, { idempotencyKey: key(), actor: handler, transferId: id, body: { items } });
    expect(asked).toMatchObject({ status: 'awaiting-supplement', supplementCount: 1, timeliness: 'not-yet-due' });
    expect(await eventsOf(SupplementRequested.subject, event.dossierCode)).toEqual([
      expect.objectContaining({ transferId: id, receivingUnitCode: '29972', items, requestNumber: 1 }),
    ]);
    // Resolving while the citizen has not come back is refused, naming the state.
    expect(await failure(rpc.call(ResolveTransfer, { idempotencyKey: key(), actor: handler, transferId: id, body: resolution }))).toMatchObject({
      status: 409,
      message: expect.stringContaining('awaiting-supplement'),
    });

    const newAppointmentAt = appointmentIn(8);
    await world.publish(DossierSupplemented, { dossierCode: event.dossierCode, receivingUnitCode: '29972', supplementedAt: new Date().toISOString(), newAppointmentAt }, `intake-sup-${id}`);
    const back = await eventually(() => transferOf(event.dossierCode), (r) => r.status === 'acknowledged');
    expect(back.due_at.toISOString()).toBe(officeDeadline(new Date(newAppointmentAt), 1, calendar).toISOString());
    expect(back.counted_late).toBe(false);

    const again = await rpc.call(RequestSupplement, { idempotencyKey: key(), actor: handler, transferId: id, body: { items } });
    expect(again).toMatchObject({ supplementCount: 2, timeliness: 'not-yet-due' });
    expect((await transferOf(event.dossierCode)).counted_late).toBe(true);
    await world.publish(DossierSupplemented, { dossierCode: event.dossierCode, receivingUnitCode: '29972', supplementedAt: new Date().toISOString(), newAppointmentAt: appointmentIn(9) }, `intake-sup2-${id}`);
    await eventually(() => transferOf(event.dossierCode), (r) => r.status === 'acknowledged');
    const resolved = await rpc.call(ResolveTransfer, { idempotencyKey: key(), actor: handler, transferId: id, body: resolution });
    expect(resolved).toMatchObject({ status: 'resolved', timeliness: 'late' });
    expect(await stepsOf(event.dossierCode)).toEqual(['sent', 'received', 'supplement-requested', 'supplemented', 'supplement-requested', 'supplemented', 'resolved', 'returned']);
  });

  it('refuses with reasons: the refusal travels back to the desk like a result', async () => {
    const { event, id } = await acknowledged();
    expect(await failure(rpc.call(RefuseTransfer, { idempotencyKey: key(), actor: handler, transferId: id, body: { reasons: [] } }))).toMatchObject({ status: 400 });
    const view = await rpc.call(RefuseTransfer, { idempotencyKey: key(), actor: handler, transferId: id, body: { reasons: ['Đất đang có tranh chấp'] } });
    expect(view.status).toBe('refused');
    expect(await eventsOf(DossierRefused.subject, event.dossierCode)).toEqual([expect.objectContaining({ reasons: ['Đất đang có tranh chấp'] })]);
    const [back] = (await eventsOf(ResultSentBack.subject, event.dossierCode)) as ResultSentBackV1[];
    expect(back).toMatchObject({ outcome: 'refused', toUnitCode: '29972', summary: expect.stringContaining('Đất đang có tranh chấp') });
  });

  it('waits for the head where the step plan says so, and only the head approves', async () => {
    const { event, id } = await acknowledged({ headApprovalRequired: true });
    const proposed = await rpc.call(ResolveTransfer, { idempotencyKey: key(), actor: handler, transferId: id, body: resolution });
    expect(proposed.status).toBe('awaiting-approval');
    expect(await eventsOf(ResultSentBack.subject, event.dossierCode)).toEqual([]);
    expect(await failure(rpc.call(ApproveTransfer, { idempotencyKey: key(), actor: handler, transferId: id }))).toMatchObject({ status: 403 });
    const approved = await rpc.call(ApproveTransfer, { idempotencyKey: key(), actor: head, transferId: id });
    expect(approved).toMatchObject({ status: 'resolved', resultRef: 'QD-0001', timeliness: 'early' });
    expect(await eventsOf(ResultSentBack.subject, event.dossierCode)).toEqual([expect.objectContaining({ resultRef: 'QD-0001', outcome: 'resolved' })]);
    expect(await stepsOf(event.dossierCode)).toEqual(['sent', 'received', 'resolved', 'approved', 'returned']);
  });

  it('apologises with a new date once, at least one working day ahead (form 04)', async () => {
    const { event, id } = await acknowledged({ appointmentAt: appointmentIn(3) });
    const newAppointmentAt = appointmentIn(6);
    const view = await rpc.call(DeclareDelay, { idempotencyKey: key(), actor: handler, transferId: id, body: { reason: 'Chờ ý kiến cơ quan phối hợp', newAppointmentAt } });
    expect(view).toMatchObject({ delayed: true, dueAt: officeDeadline(new Date(newAppointmentAt), 1, calendar).toISOString() });
    expect(await eventsOf(DossierDelayed.subject, event.dossierCode)).toEqual([
      expect.objectContaining({ newAppointmentAt, previousAppointmentAt: event.appointmentAt, receivingUnitCode: '29972' }),
    ]);
    expect(await failure(rpc.call(DeclareDelay, { idempotencyKey: key(), actor: handler, transferId: id, body: { reason: 'x', newAppointmentAt: appointmentIn(9) } }))).toMatchObject({
      status: 422,
      code: 'already_delayed',
    });

    const { id: dueTomorrow } = await acknowledged({ appointmentAt: appointmentIn(0) });
    expect(await failure(rpc.call(DeclareDelay, { idempotencyKey: key(), actor: handler, transferId: dueTomorrow, body: { reason: 'x', newAppointmentAt: appointmentIn(4) } }))).toMatchObject({
      status: 422,
      code: 'delay_too_late',
    });
  });

  it('lets only one of two handlers acting on the same version win', async () => {
    const { id } = await acknowledged();
    const version = (await rpc.call(OfficeInbox, { actor: handler, status: 'acknowledged', pageSize: 200 })).items.find((t) => t.transferId === id)!.version;
    const attempts = await Promise.allSettled([
      rpc.call(ResolveTransfer, { idempotencyKey: key(), actor: handler, transferId: id, expectedVersion: version, body: resolution }),
      rpc.call(RefuseTransfer, { idempotencyKey: key(), actor: officeHandler('869', 'handler.other'), transferId: id, expectedVersion: version, body: { reasons: ['Trùng hồ sơ'] } }),
    ]);
    const won = attempts.filter((a): a is PromiseFulfilledResult<TransferView> => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ status: 409, code: 'stale_version' });
  });

  it('tracks the paper dossier: the desk records it leaving, late when after the 15:00 rule', async () => {
    const receivedAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const { event, id } = await arrive({ paperTransfer: true, receivedAt });
    const before = await transferOf(event.dossierCode);
    expect(before.paper_due_at).not.toBeNull();
    expect(await failure(rpc.call(RecordPaperDispatch, { idempotencyKey: key(), actor: handler, transferId: id }))).toMatchObject({ status: 403 });
    expect(await failure(rpc.call(RecordPaperDispatch, { idempotencyKey: key(), actor: deskClerk('29960'), transferId: id }))).toMatchObject({ status: 403 });

    // Not sent in time: the sweep warns the desk once, however often it runs.
    const sweep = world.service!.app.get(DeadlineAlertSweep);
    await sweep.sweep();
    await sweep.sweep();
    const alerts = (await eventsOf(DeadlineAlert.subject, event.dossierCode)).filter((a) => a.level === 'paper-not-sent');
    expect(alerts).toEqual([expect.objectContaining({ unitCode: '29972', transferId: id })]);

    const view = await rpc.call(RecordPaperDispatch, { idempotencyKey: key(), actor: deskClerk('29972'), transferId: id });
    expect(view.paperSentAt).not.toBeNull();
    const [slip] = await world.query(`SELECT timeliness FROM relay.handovers WHERE transfer_id = $1 AND step = 'paper-sent'`, [id]);
    expect(slip.timeliness).toBe('late');
    expect(await failure(rpc.call(RecordPaperDispatch, { idempotencyKey: key(), actor: deskClerk('29972'), transferId: id }))).toMatchObject({ status: 409, code: 'paper_already_sent' });
  });

  it('alerts the office once when a transfer is near its deadline or late, and filters the inbox by deadline', async () => {
    const { event: late, id: lateId } = await arrive({ appointmentAt: new Date(Date.now() - 86_400_000).toISOString(), legs: [{ fromUnitCode: '29972', toUnitCode: '869', direction: 'forward', budgetWorkingDays: 0 }] });
    const sweep = world.service!.app.get(DeadlineAlertSweep);
    await sweep.sweep();
    await sweep.sweep();
    expect((await eventsOf(DeadlineAlert.subject, late.dossierCode)).map((a) => a.level)).toEqual(['late']);
    const lateOnes = await rpc.call(OfficeInbox, { actor: handler, deadline: 'late', pageSize: 200 });
    expect(lateOnes.items.map((t) => t.transferId)).toContain(lateId);
    expect(lateOnes.items.every((t) => t.timeliness === 'late')).toBe(true);
    const notDue = await rpc.call(OfficeInbox, { actor: handler, deadline: 'not-yet-due', pageSize: 200 });
    expect(notDue.items.map((t) => t.transferId)).not.toContain(lateId);
  });

  it('stops the office when the citizen withdraws the dossier at the desk', async () => {
    const { event, id } = await acknowledged();
    await world.publish(DossierWithdrawn, { dossierCode: event.dossierCode, receivingUnitCode: '29972', staffId: 'clerk.29972', withdrawnAt: new Date().toISOString() }, `intake-wd-${id}`);
    await eventually(() => transferOf(event.dossierCode), (r) => r.status === 'withdrawn');
    expect(await stepsOf(event.dossierCode)).toEqual(['sent', 'received', 'withdrawn']);
    expect(await failure(rpc.call(ResolveTransfer, { idempotencyKey: key(), actor: handler, transferId: id, body: resolution }))).toMatchObject({
      status: 409,
      message: expect.stringContaining('withdrawn'),
    });
  });

  it('prints the process-control slip (form 05) for the desk and the office, not for another unit', async () => {
    const { event, id } = await acknowledged();
    await rpc.call(ResolveTransfer, { idempotencyKey: key(), actor: handler, transferId: id, body: resolution });
    const slip = await rpc.call(ControlSlipRpc, { actor: deskClerk('29972'), dossierCode: event.dossierCode });
    expect(slip.rows.map((r) => r.step)).toEqual(['sent', 'received', 'resolved', 'returned']);
    expect(slip.rows[2].timeliness).toBe('early');
    expect(slip.html).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(slip.html).toContain('Trước hạn');
    expect(slip.html).toContain(event.dossierCode);
    expect(await failure(rpc.call(ControlSlipRpc, { actor: deskClerk('29960'), dossierCode: event.dossierCode }))).toMatchObject({ status: 403 });
  });
});
