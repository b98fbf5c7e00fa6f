import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  DossierHandedOver,
  DossierWithdrawn,
  HandOverResult,
  ResultSentBack,
  SubmitDossier,
  WithdrawDossier,
  type DossierHandedOverV1,
  type DossierWithdrawnV1,
  type ResultSentBackV1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { drained, eventually, ServiceEnvironment, failure } from '@motcua/service-testing';
import { intakeService } from '../intake.service';
import { deskClerk, householdBusiness, officeHandler, putReference } from '../__tests__/reference-fixture';

const key = () => `w-${randomUUID()}`;
const sentBack = (dossierCode: string): ResultSentBackV1 => ({
  transferId: randomUUID(),
  dossierCode,
  fromUnitCode: '869',
  toUnitCode: '29972',
  resultRef: 'GCN-HKD-2026-0009',
  summary: 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh',
  sentAt: new Date().toISOString(),
});

describe('intake: withdrawal at the citizen’s request, and who received the result', () => {
  const world = new ServiceEnvironment(intakeService);
  let rpc: RpcClient;
  const clerk = deskClerk();

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await world.start();
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  const receive = async () => (await rpc.call(SubmitDossier, { idempotencyKey: key(), actor: clerk, body: householdBusiness })).dossierCode;
  const dossier = async (code: string) => (await world.query('SELECT * FROM intake.dossiers WHERE code = $1', [code]))[0];
  const eventsOf = async <T extends { dossierCode: string }>(subject: string, code: string) =>
    (await world.outbox<T>(subject)).filter((row) => row.payload.dossierCode === code);
  const resultReady = async (code: string) => {
    await world.publish(ResultSentBack, sentBack(code), `relay-${randomUUID()}`);
    await eventually(() => dossier(code), (d) => d.status === 'result-ready');
  };

  it('withdraws a dossier in process once per key, keeps the reason at the desk and announces only the fact', async () => {
    const code = await receive();
    const command = { idempotencyKey: key(), actor: clerk, dossierCode: code, body: { reason: 'Tôi không còn nhu cầu', requestRef: 'DRH-01' } };
    const response = await rpc.call(WithdrawDossier, command);
    expect(response).toEqual({ dossierCode: code, status: 'withdrawn', withdrawnAt: expect.any(String) });
    expect(await rpc.call(WithdrawDossier, command)).toEqual(response);
    expect(await dossier(code)).toMatchObject({ status: 'withdrawn', withdrawn_by: clerk.staffId, withdrawal: { reason: 'Tôi không còn nhu cầu', requestRef: 'DRH-01' }, version: 2 });
    const events = await eventsOf<DossierWithdrawnV1>(DossierWithdrawn.subject, code);
    expect(events.map((e) => e.payload)).toEqual([{ dossierCode: code, receivingUnitCode: '29972', staffId: clerk.staffId, withdrawnAt: response.withdrawnAt }]);
    await eventually(() => eventsOf<DossierWithdrawnV1>(DossierWithdrawn.subject, code), ([e]) => e.published_at !== null);

    // Closed: a second withdrawal is a 409 naming the state; a result sent back anyway changes nothing.
    expect(await failure(rpc.call(WithdrawDossier, { ...command, idempotencyKey: key() }))).toMatchObject({ status: 409, code: 'not_withdrawable', message: expect.stringContaining('withdrawn') });
    await world.publish(ResultSentBack, sentBack(code), `relay-${randomUUID()}`);
    await drained(world, ResultSentBack.subject);
    expect((await dossier(code)).status).toBe('withdrawn');
  });

  it('refuses a withdrawal once the result is at the desk (409), by another desk or office staff (403), or of an unknown dossier (404)', async () => {
    const code = await receive();
    expect((await failure(rpc.call(WithdrawDossier, { idempotencyKey: key(), actor: deskClerk('29969'), dossierCode: code, body: {} }))).status).toBe(403);
    expect((await failure(rpc.call(WithdrawDossier, { idempotencyKey: key(), actor: officeHandler('29972'), dossierCode: code, body: {} }))).status).toBe(403);
    expect((await failure(rpc.call(WithdrawDossier, { idempotencyKey: key(), actor: clerk, dossierCode: '000.72.69.H20-200101-9999', body: {} }))).status).toBe(404);
    await resultReady(code);
    expect(await failure(rpc.call(WithdrawDossier, { idempotencyKey: key(), actor: clerk, dossierCode: code, body: {} }))).toMatchObject({
      status: 409,
      message: expect.stringContaining('result-ready'),
    });
    expect(await eventsOf(DossierWithdrawn.subject, code)).toEqual([]);
  });

  it('records who received the result: an authorised person by name, in intake only', async () => {
    const code = await receive();
    await resultReady(code);
    const unnamed = await failure(rpc.call(HandOverResult, { idempotencyKey: key(), actor: clerk, dossierCode: code, body: { method: 'desk', recipient: { kind: 'authorised' } } }));
    expect(unnamed).toMatchObject({ status: 400, fields: [{ field: 'body.recipient.fullName' }] });
    expect((await dossier(code)).status).toBe('result-ready');

    const name = 'Lê Văn Bình';
    await rpc.call(HandOverResult, {
      idempotencyKey: key(),
      actor: clerk,
      dossierCode: code,
      body: { method: 'desk', recipient: { kind: 'authorised', fullName: name.normalize('NFD'), authorisationRef: 'UQ-15/2026' } },
    });
    expect((await dossier(code)).handed_over_to).toEqual({ kind: 'authorised', fullName: name, authorisationRef: 'UQ-15/2026' });
    const [event] = await eventsOf<DossierHandedOverV1>(DossierHandedOver.subject, code);
    expect(JSON.stringify(event.payload)).not.toContain('Bình');

    const own = await receive();
    await resultReady(own);
    await rpc.call(HandOverResult, { idempotencyKey: key(), actor: clerk, dossierCode: own, body: { method: 'desk' } });
    expect((await dossier(own)).handed_over_to).toEqual({ kind: 'applicant' });
  });
});
