import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DossierRefusedAtDesk, PrintDeskForm, RefuseAtDesk, type DossierRefusedAtDeskV1, type RefuseAtDeskCommand } from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { eventually, ServiceEnvironment, failure } from '@motcua/service-testing';
import { intakeService } from '../intake.service';
import { applicant, deskClerk, officeHandler, procedureOf, putReference, unitOf } from '../__tests__/reference-fixture';

const key = () => `refuse-${randomUUID()}`;
describe('intake: refusing a dossier at the desk (form 03)', () => {
  const world = new ServiceEnvironment(intakeService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await world.start();
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  const body: RefuseAtDeskCommand['body'] = {
    procedureCode: '1.001612',
    applicant,
    reasons: ['Ngành nghề đăng ký thuộc danh mục cấm kinh doanh', 'Người đề nghị chưa đủ 18 tuổi'],
  };
  const footprint = async () => ({
    refusals: await world.count('SELECT 1 FROM intake.desk_refusals'),
    dossiers: await world.count('SELECT 1 FROM intake.dossiers'),
    outbox: await world.count('SELECT 1 FROM intake.outbox'),
    keys: await world.count('SELECT 1 FROM intake.idempotency_keys'),
  });

  it('records the refusal with its number and every reason, once per key, and prints form 03', async () => {
    const command = { idempotencyKey: key(), actor: deskClerk(), body };
    const refusal = await rpc.call(RefuseAtDesk, command);
    expect(refusal).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      number: expect.stringMatching(/^TC-\d{6}-0001$/),
      procedure: { code: '1.001612', name: procedureOf('1.001612').name },
      receivingUnit: { code: '29972', name: unitOf('29972').name, deskName: unitOf('29972').deskName },
      applicant: { fullName: applicant.fullName, address: applicant.address, phone: applicant.phone, email: applicant.email },
      reasons: body.reasons,
      refusedAt: expect.any(String),
      refusedBy: 'clerk.29972',
    });
    expect(await rpc.call(RefuseAtDesk, command)).toEqual(refusal);
    expect(await world.count('SELECT 1 FROM intake.desk_refusals')).toBe(1);
    // No dossier code is used up; one event, once per key, without the applicant or the reasons.
    expect(await world.count('SELECT 1 FROM intake.dossiers')).toBe(0);
    const events = await world.outbox<DossierRefusedAtDeskV1>(DossierRefusedAtDesk.subject);
    expect(events.map((e) => e.payload)).toEqual([
      {
        refusalId: refusal.id,
        number: refusal.number,
        receivingUnitCode: '29972',
        procedureCode: '1.001612',
        procedureName: procedureOf('1.001612').name,
        timeLimit: procedureOf('1.001612').timeLimit,
        channel: 'counter',
        reasonCount: 2,
        staffId: 'clerk.29972',
        refusedAt: refusal.refusedAt,
      },
    ]);
    expect(await world.count('SELECT 1 FROM intake.outbox')).toBe(1);
    expect(JSON.stringify(events)).not.toContain(applicant.fullName);
    expect(JSON.stringify(events)).not.toContain(body.reasons[0]);
    // Published by the relay with the outbox id as message id.
    const [published] = await eventually(
      () => world.streamEvents<DossierRefusedAtDeskV1>(DossierRefusedAtDesk.subject),
      (list) => list.length === 1,
    );
    expect(published.payload.refusalId).toBe(refusal.id);

    const { html } = await rpc.call(PrintDeskForm, { actor: deskClerk(), form: '03', ref: refusal.id });
    expect(html).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(html).toContain(`Số: ${refusal.number}`);
    expect(html).toContain('1. Ngành nghề đăng ký thuộc danh mục cấm kinh doanh');
    expect(html).toContain('2. Người đề nghị chưa đủ 18 tuổi');
    expect(html).not.toContain(applicant.idNumber);
    expect((await failure(rpc.call(PrintDeskForm, { actor: deskClerk('29969'), form: '03', ref: refusal.id }))).status).toBe(403);
    expect((await failure(rpc.call(PrintDeskForm, { actor: deskClerk(), form: '03', ref: randomUUID() }))).status).toBe(404);
  });

  it('refuses bad input and non-desk staff, and writes nothing', async () => {
    const before = await footprint();
    const cases: [RefuseAtDeskCommand, number, string?][] = [
      [{ idempotencyKey: key(), actor: deskClerk(), body: { ...body, reasons: [] } }, 400, 'body.reasons'],
      // A blank reason is the contract's to refuse (the gateway does it first, naming `reasons`).
      [{ idempotencyKey: key(), actor: deskClerk(), body: { ...body, reasons: ['     ', 'Thiếu thẩm quyền'] } }, 400, 'body.reasons'],
      [{ idempotencyKey: key(), actor: deskClerk(), body: { ...body, procedureCode: '9.999999' } }, 400, 'procedureCode'],
      [{ idempotencyKey: key(), actor: deskClerk(), body: { ...body, applicant: { ...applicant, idNumber: '003190001234' } } }, 400, 'applicant.idNumber'],
      [{ idempotencyKey: key(), actor: officeHandler('29972'), body }, 403],
    ];
    for (const [command, status, field] of cases) {
      const error = await failure(rpc.call(RefuseAtDesk, command));
      expect(error.status).toBe(status);
      if (field) expect(error.fields?.map((f) => f.field)).toContain(field);
    }
    expect(await footprint()).toEqual(before);
  });
});
