import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DossierReceived, PrintDeskForm, SubmitDossier, type DossierReceivedV1, type SubmitDossierCommand } from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { Client } from 'pg';
import { ServiceEnvironment, failure } from '@motcua/service-testing';
import { intakeService } from '../intake.service';
import { applicant, deskClerk, householdBusiness, putReference } from '../__tests__/reference-fixture';

const key = () => `channels-${randomUUID()}`;
describe('intake: who submitted, who helped, who wrote on behalf, and the fee', () => {
  const world = new ServiceEnvironment(intakeService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await world.start();
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  const submit = (body: SubmitDossierCommand['body']) => rpc.call(SubmitDossier, { idempotencyKey: key(), actor: deskClerk(), body });
  const maritalStatus = { ...householdBusiness, procedureCode: '1.004873', channel: 'hamlet-point' as const, resultDelivery: 'home' as const };

  it('records the submitter and the helper apart from the owner, and the helper per document written on behalf', async () => {
    const receipt = await submit({
      ...maritalStatus,
      documents: [{ code: 'to-khai', present: true, writtenOnBehalfBy: 'Trần Thị Mai' }],
      submitter: { fullName: 'Lê Văn Bình', relation: 'con', phone: '0987654321' },
      assistedBy: { kind: 'union-volunteer', fullName: 'Trần Thị Mai', organisation: 'Chi hội Phụ nữ ấp Phước Tiên' },
    });
    expect(receipt).toMatchObject({
      applicant: { fullName: applicant.fullName },
      channel: 'hamlet-point',
      submitter: { fullName: 'Lê Văn Bình', relation: 'con', phone: '0987654321' },
      assistedBy: { kind: 'union-volunteer', fullName: 'Trần Thị Mai', organisation: 'Chi hội Phụ nữ ấp Phước Tiên' },
      documents: [{ code: 'to-khai', writtenOnBehalfBy: 'Trần Thị Mai' }],
    });
    const [row] = await world.query('SELECT applicant, submitter, assisted_by FROM intake.dossiers WHERE code = $1', [receipt.dossierCode]);
    expect(row.applicant.fullName).toBe(applicant.fullName);
    expect(row.submitter).toEqual(receipt.submitter);
    expect(row.assisted_by).toEqual(receipt.assistedBy);
    // The event says how the filing was assisted, never by whom.
    const [event] = (await world.outbox<DossierReceivedV1>(DossierReceived.subject)).filter((e) => e.payload.dossierCode === receipt.dossierCode);
    expect(event.payload.assistance).toBe('union-volunteer');
    expect(JSON.stringify(event.payload)).not.toMatch(/Mai|Bình/);
    const { html } = await rpc.call(PrintDeskForm, { actor: deskClerk(), form: '01', ref: receipt.dossierCode });
    expect(html).toContain('Người nộp thay: Lê Văn Bình (con)');
    expect(html).toContain('Hỗ trợ nộp hồ sơ: Trần Thị Mai (tình nguyện viên đoàn thể, Chi hội Phụ nữ ấp Phước Tiên)');
    expect(html).toContain('viết hộ: Trần Thị Mai, không thu phí');
  });

  it('refuses writing on behalf a document that must be written in person (422 naming it), and writes nothing', async () => {
    const before = await world.count('SELECT 1 FROM intake.dossiers');
    const error = await failure(
      submit({ ...householdBusiness, documents: [{ code: 'giay-de-nghi', present: true, writtenOnBehalfBy: 'Trần Thị Mai' }, { code: 'giay-to-phap-ly', present: true }] }),
    );
    expect(error).toMatchObject({ status: 422, code: 'must_be_written_in_person' });
    expect(error.fields).toEqual([{ field: 'documents[0].writtenOnBehalfBy', reason: 'Giấy đề nghị đăng ký hộ kinh doanh phải do người nộp tự viết, không được viết hộ' }]);
    expect(await world.count('SELECT 1 FROM intake.dossiers')).toBe(before);
  });

  it('refuses an unknown kind of assistance with 400 naming it', async () => {
    const error = await failure(submit({ ...maritalStatus, assistedBy: { kind: 'broker', fullName: 'X Y' } as never }));
    expect(error.status).toBe(400);
    expect(error.fields?.map((f) => f.field)).toContain('body.assistedBy.kind');
  });

  it('records the fee of the channel with its receipt number, an exemption from the catalogue, and never a fee for writing', async () => {
    const paid = await submit({ ...householdBusiness, fee: { receiptNumber: 'BL-2026-000123' } });
    expect(paid.fee).toEqual({ channel: 'in-person', listedVnd: 100000, amountVnd: 100000, status: 'paid', receiptNumber: 'BL-2026-000123' });
    const [row] = await world.query('SELECT fee FROM intake.dossiers WHERE code = $1', [paid.dossierCode]);
    expect(row.fee).toEqual(paid.fee);
    const { html } = await rpc.call(PrintDeskForm, { actor: deskClerk(), form: '01', ref: paid.dossierCode });
    expect(html).toContain('100.000 đồng (biên lai số BL-2026-000123)');

    const reused = await failure(submit({ ...householdBusiness, fee: { receiptNumber: 'BL-2026-000123' } }));
    expect(reused).toMatchObject({ status: 422, code: 'fee_receipt_used', fields: [{ field: 'fee.receiptNumber', reason: expect.stringContaining(paid.dossierCode) }] });

    const exempt = await submit({ ...householdBusiness, fee: { exemption: 'Hộ nghèo' } });
    expect(exempt.fee).toEqual({ channel: 'in-person', listedVnd: 100000, amountVnd: 0, status: 'exempt', exemption: 'Hộ nghèo' });
    const notListed = await failure(submit({ ...householdBusiness, fee: { exemption: 'Người cao tuổi' } }));
    expect(notListed).toMatchObject({ status: 422, fields: [{ field: 'fee.exemption' }] });

    const online = await submit({ ...householdBusiness, channel: 'online' });
    expect(online.fee).toMatchObject({ channel: 'online', amountVnd: 50000 });
    // A free procedure stays free when its form was written on behalf.
    const written = await submit({ ...maritalStatus, documents: [{ code: 'to-khai', present: true, writtenOnBehalfBy: 'Trần Thị Mai' }] });
    expect(written.fee).toEqual({ channel: 'in-person', listedVnd: 0, amountVnd: 0, status: 'none' });
  });

  it('gives concurrent submissions with one fee receipt number one dossier, and the others a 422 naming fee.receiptNumber', async () => {
    const before = await world.count('SELECT 1 FROM intake.dossiers');
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => submit({ ...householdBusiness, fee: { receiptNumber: 'BL-2026-RACE-1' } })));
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { status: number; code: string; fields?: unknown[] }] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(5);
    for (const error of lost) expect(error).toMatchObject({ status: 422, code: 'fee_receipt_used', fields: [{ field: 'fee.receiptNumber' }] });
    expect(await world.count('SELECT 1 FROM intake.dossiers')).toBe(before + 1);
  });

  it('answers 422, not 500, when a submission with the same receipt commits between the check and the insert', async () => {
    // Another transaction holds an uncommitted dossier with the receipt: our check cannot see it, our insert waits on
    // the unique index, then fails when it commits — the race the serialising sequence does not cover (another day).
    const other = new Client({ connectionString: world.db.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(
        `INSERT INTO intake.dossiers (code, procedure_code, procedure_name, receiving_unit_code, channel, result_delivery, applicant, documents,
           time_limit, received_at, appointment_at, received_by, status, fee)
         VALUES ('000.72.69.H20-000101-0001', '1.001612', 'x', '29972', 'counter', 'desk', '{}', '[]', '{"value":3,"unit":"working-days"}', now(), now(),
           'clerk.29972', 'received', '{"receiptNumber":"BL-2026-RACE-2"}')`,
      );
      const before = await world.count('SELECT 1 FROM intake.dossiers');
      const pending = failure(submit({ ...householdBusiness, fee: { receiptNumber: 'BL-2026-RACE-2' } }));
      // Wait until the submission is blocked on the index, then let the other one win.
      const blocked = async () => (await world.count(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO intake.dossiers%'`)) > 0;
      for (let i = 0; i < 100 && !(await blocked()); i++) await new Promise((r) => setTimeout(r, 20));
      await other.query('COMMIT');
      const error = await pending;
      expect(error).toMatchObject({ status: 422, code: 'fee_receipt_used', fields: [{ field: 'fee.receiptNumber', reason: 'đã ghi cho một hồ sơ khác được tiếp nhận cùng lúc' }] });
      expect(await world.count('SELECT 1 FROM intake.dossiers')).toBe(before + 1);
    } finally {
      await other.end();
    }
  });
});
