import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DossierReceived, GetDeskSupplementRequest, PrintDeskForm, SubmitDossier, type DossierReceivedV1, type Receipt, type SubmitDossierCommand, lookupFactorHash } from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { computeAppointment, createVietnamLegalCalendar, vietnamDayOf } from '@motcua/working-days';
import { intakeService } from '../intake.service';
import { applicant, deskClerk, householdBusiness, officeHandler, procedureOf, putReference, unitOf } from '../__tests__/reference-fixture';
import { eventually, ServiceEnvironment, failure } from '@motcua/service-testing';
import { openBucket } from '@motcua/messaging';
import { SCHEDULES_BUCKET, unitScheduleKey } from '@motcua/contracts';

const key = () => `submit-${randomUUID()}`;
describe('intake: submitting a dossier at the desk', () => {
  const world = new ServiceEnvironment(intakeService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await world.start();
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  const submit = (command: Partial<SubmitDossierCommand> & { body: SubmitDossierCommand['body'] }) =>
    rpc.call(SubmitDossier, { idempotencyKey: key(), actor: deskClerk(), ...command } as SubmitDossierCommand);

  /** What a refused command must leave untouched. */
  const footprint = async () => ({
    dossiers: await world.count('SELECT 1 FROM intake.dossiers'),
    outbox: await world.count('SELECT 1 FROM intake.outbox'),
    keys: await world.count('SELECT 1 FROM intake.idempotency_keys'),
    sequences: await world.query('SELECT agency_code, day::text, last_value FROM intake.dossier_sequences ORDER BY 1, 2'),
  });

  const receivedEventsOf = async (dossierCode: string) =>
    (await world.outbox<DossierReceivedV1>(DossierReceived.subject)).filter((row) => row.payload.dossierCode === dossierCode);

  it('issues the receipt: code <agency>-<yymmdd>-<4-digit sequence>, procedure, desk, applicant, documents, appointment', async () => {
    const receipt = await submit({ body: householdBusiness });
    const procedure = procedureOf('1.001612');
    const desk = unitOf('29972');
    const receivedAt = new Date(receipt.receivedAt);
    const yymmdd = vietnamDayOf(receivedAt).slice(2).replaceAll('-', '');

    expect(receipt.dossierCode).toMatch(new RegExp(`^000\\.72\\.69\\.H20-${yymmdd}-\\d{4}$`));
    expect(Math.abs(receivedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(receipt).toEqual({
      dossierCode: receipt.dossierCode,
      procedure: { code: '1.001612', name: procedure.name },
      receivingUnit: { code: '29972', name: desk.name, deskName: desk.deskName },
      // The receipt repeats no personal identification number.
      applicant: { fullName: applicant.fullName, address: applicant.address, phone: applicant.phone, email: applicant.email },
      documents: procedure.documents,
      sets: 1,
      timeLimit: { value: 3, unit: 'working-days' },
      receivedAt: receipt.receivedAt,
      appointmentAt: computeAppointment({ receivedAt, limit: procedure.timeLimit, calendar: createVietnamLegalCalendar() }).toISOString(),
      resultDelivery: 'desk',
      channel: 'counter',
      receivedBy: 'clerk.29972',
      // No receipt number given: the fee is recorded as due.
      fee: { channel: 'in-person', listedVnd: 100000, amountVnd: 100000, status: 'due' },
    });

    const [row] = await world.query('SELECT * FROM intake.dossiers WHERE code = $1', [receipt.dossierCode]);
    expect(row).toMatchObject({
      procedure_code: '1.001612',
      receiving_unit_code: '29972',
      status: 'received',
      received_by: 'clerk.29972',
      version: 1,
      result_ref: null,
      handed_over_at: null,
    });
    expect(row.received_at.toISOString()).toBe(receipt.receivedAt);
    expect(row.appointment_at.toISOString()).toBe(receipt.appointmentAt);

    // Announced once, with only what notification needs: a contact, no name, no ID number.
    const [event] = await receivedEventsOf(receipt.dossierCode);
    expect(event.payload).toEqual({
      dossierCode: receipt.dossierCode,
      procedureCode: '1.001612',
      procedureName: procedure.name,
      receivingUnitCode: '29972',
      channel: 'counter',
      resultDelivery: 'desk',
      receivedAt: receipt.receivedAt,
      appointmentAt: receipt.appointmentAt,
      timeLimit: { value: 3, unit: 'working-days' },
      contact: { phone: applicant.phone, email: applicant.email },
      // The public lookup's second factor, hashed: the phone's or the ID number's last 4 digits.
      lookupFactors: [lookupFactorHash(receipt.dossierCode, applicant.phone.slice(-4)), lookupFactorHash(receipt.dossierCode, applicant.idNumber.slice(-4))],
    });
    expect(JSON.stringify(event.payload)).not.toContain(applicant.idNumber);
    expect(JSON.stringify(event.payload)).not.toContain(applicant.fullName);
    await eventually(() => receivedEventsOf(receipt.dossierCode), ([e]) => e.published_at !== null);
    const published = await world.streamEvents<DossierReceivedV1>(DossierReceived.subject);
    expect(published.filter((e) => e.payload.dossierCode === receipt.dossierCode)).toHaveLength(1);
  });

  it('gives 20 concurrent submissions (different keys) 20 distinct, consecutive codes of the same agency and day', async () => {
    const actor = deskClerk('29969');
    const receipts = await Promise.all(
      Array.from({ length: 20 }, () => rpc.call(SubmitDossier, { idempotencyKey: key(), actor, body: householdBusiness })),
    );
    const codes = receipts.map((r) => r.dossierCode);
    expect(new Set(codes).size).toBe(20);
    const parts = codes.map((code) => /^(.+)-(\d{6})-(\d{4})$/.exec(code)!);
    expect(new Set(parts.map((p) => `${p[1]}-${p[2]}`))).toEqual(new Set([`000.69.69.H20-${parts[0][2]}`]));
    const sequences = parts.map((p) => Number(p[3])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await world.count(`SELECT 1 FROM intake.dossiers WHERE receiving_unit_code = '29969'`)).toBe(20);
    const events = (await world.outbox<DossierReceivedV1>(DossierReceived.subject)).filter((e) => e.payload.receivingUnitCode === '29969');
    expect(events.map((e) => e.payload.dossierCode).sort()).toEqual([...codes].sort());
  });

  it('answers the same idempotency key twice with the same receipt, one row and one event', async () => {
    const idempotencyKey = key();
    const command = { idempotencyKey, actor: deskClerk(), body: householdBusiness };
    const first = await rpc.call(SubmitDossier, command);
    const again = await rpc.call(SubmitDossier, command);
    expect(again).toEqual(first);
    // Concurrent retries too (a double click, a gateway retry racing the first attempt).
    const raced = await Promise.all([1, 2, 3].map(() => rpc.call(SubmitDossier, command)));
    expect(raced).toEqual([first, first, first]);

    expect(await world.count('SELECT 1 FROM intake.dossiers WHERE code = $1', [first.dossierCode])).toBe(1);
    expect(await receivedEventsOf(first.dossierCode)).toHaveLength(1);
    expect(await world.count(`SELECT 1 FROM intake.idempotency_keys WHERE key = $1`, [idempotencyKey])).toBe(1);
  });

  it('refuses the same key with a different request (409) and changes nothing', async () => {
    const idempotencyKey = key();
    await rpc.call(SubmitDossier, { idempotencyKey, actor: deskClerk(), body: householdBusiness });
    const before = await footprint();
    const error = await failure(
      rpc.call(SubmitDossier, { idempotencyKey, actor: deskClerk(), body: { ...householdBusiness, resultDelivery: 'post' } }),
    );
    expect(error).toMatchObject({ status: 409, code: 'idempotency_key_reused' });
    expect(await footprint()).toEqual(before);
  });

  it('refuses an unknown procedure with 400 naming procedureCode, and writes nothing', async () => {
    const before = await footprint();
    const error = await failure(submit({ body: { ...householdBusiness, procedureCode: '9.999999' } }));
    expect(error).toMatchObject({ status: 400, code: 'invalid_input' });
    expect(error.fields).toEqual([{ field: 'procedureCode', reason: expect.stringContaining('9.999999') }]);
    expect(await footprint()).toEqual(before);
  });

  it('answers a dossier with a missing document with 422 listing it, and records form 02 instead of a dossier', async () => {
    const before = await footprint();
    const idempotencyKey = key();
    const actor = { ...deskClerk(), displayName: 'Trần Văn Bình' };
    const command = { idempotencyKey, actor, body: { ...householdBusiness, documents: [{ code: 'giay-de-nghi', present: true }] } };
    const error = await failure(rpc.call(SubmitDossier, command));
    expect(error).toMatchObject({ status: 422, code: 'dossier_incomplete' });
    expect(error.fields).toEqual([{ field: 'documents.giay-to-phap-ly', reason: 'Thiếu Bản sao giấy tờ pháp lý của chủ hộ kinh doanh (bản sao)' }]);
    const [, number, id] = /số (BS-\d{6}-\d{4}) \(mã phiếu ([0-9a-f-]{36})/.exec(error.message)!;
    // Through the real RPC path the 422 carries form 02 itself (no applicant: the desk has it), ready to print.
    const contact = { staffId: 'clerk.29972', name: 'Trần Văn Bình', deskName: unitOf('29972').deskName, phone: '02773830123' };
    expect(error.details).toEqual({
      supplementRequest: {
        id,
        number,
        procedure: { code: '1.001612', name: procedureOf('1.001612').name },
        receivingUnit: { code: '29972', name: unitOf('29972').name, deskName: unitOf('29972').deskName },
        items: [{ field: 'documents.giay-to-phap-ly', documentName: 'Bản sao giấy tờ pháp lý của chủ hộ kinh doanh', reason: error.fields![0].reason }],
        issuedAt: expect.any(String),
        issuedBy: 'clerk.29972',
        contact,
        printPath: `/api/intake-desk/supplement-requests/${id}/print`,
      },
    });
    expect(JSON.stringify(error.details)).not.toContain(applicant.phone);
    // The form is data with its own number: every missing item and why, the applicant without the ID number.
    const form = await rpc.call(GetDeskSupplementRequest, { actor: deskClerk(), id });
    expect(form).toEqual({
      id,
      number,
      procedure: { code: '1.001612', name: procedureOf('1.001612').name },
      receivingUnit: { code: '29972', name: unitOf('29972').name, deskName: unitOf('29972').deskName },
      applicant: { fullName: applicant.fullName, address: applicant.address, phone: applicant.phone, email: applicant.email },
      items: [{ field: 'documents.giay-to-phap-ly', documentName: 'Bản sao giấy tờ pháp lý của chủ hộ kinh doanh', reason: error.fields![0].reason }],
      issuedAt: expect.any(String),
      issuedBy: 'clerk.29972',
      contact,
    });
    expect(JSON.stringify(await world.query('SELECT * FROM intake.desk_supplement_requests WHERE id = $1', [id]))).not.toContain(applicant.idNumber);
    const { html } = await rpc.call(PrintDeskForm, { actor: deskClerk(), form: '02', ref: id });
    expect(html).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(html).toContain(`liên hệ công chức Trần Văn Bình, ${unitOf('29972').deskName}, số điện thoại 02773830123`);
    expect(html).toContain(`Số: ${number}`);
    expect(html).toContain('1. Bản sao giấy tờ pháp lý của chủ hộ kinh doanh — Lý do: Thiếu Bản sao giấy tờ pháp lý');
    // Another desk may not read it.
    expect((await failure(rpc.call(GetDeskSupplementRequest, { actor: deskClerk('29969'), id }))).status).toBe(403);
    // A retry gets the same answer and records nothing more.
    const again = await failure(rpc.call(SubmitDossier, command));
    expect(again.toBody()).toEqual(error.toBody());
    expect(await world.count('SELECT 1 FROM intake.desk_supplement_requests WHERE receiving_unit_code = $1', ['29972'])).toBe(1);
    // Every missing item, and a short count, each with its reason; each form its own consecutive number.
    const declared = await failure(
      submit({ body: { ...householdBusiness, documents: [{ code: 'giay-de-nghi', present: false }, { code: 'giay-to-phap-ly', present: false }] } }),
    );
    expect(declared.status).toBe(422);
    expect(declared.fields?.map((f) => f.field)).toEqual(['documents.giay-de-nghi', 'documents.giay-to-phap-ly']);
    expect(declared.message).toContain(`số ${number.slice(0, -4)}${String(Number(number.slice(-4)) + 1).padStart(4, '0')}`);
    const short = await failure(
      submit({
        body: {
          ...householdBusiness,
          procedureCode: '1.009994',
          documents: [
            { code: 'don-de-nghi', present: true },
            { code: 'giay-to-dat', present: true },
            { code: 'ban-ve', present: true, count: 1 },
          ],
        },
      }),
    );
    expect(short.status).toBe(422);
    expect(short.fields).toEqual([{ field: 'documents.ban-ve', reason: 'Bản vẽ thiết kế xây dựng: cần 2 bản, mới có 1' }]);
    // No dossier, no event, no dossier number used up: the next receipt of the desk follows the last one issued.
    const after = await footprint();
    expect({ dossiers: after.dossiers, outbox: after.outbox, sequences: after.sequences }).toEqual({ dossiers: before.dossiers, outbox: before.outbox, sequences: before.sequences });
    const lastIssued = (before.sequences as { agency_code: string; last_value: number }[]).find((s) => s.agency_code === '000.72.69.H20')!;
    const next = await submit({ body: householdBusiness });
    expect(Number(next.dossierCode.slice(-4))).toBe(lastIssued.last_value + 1);
  });

  it('refuses an impossible personal ID number with 400 naming applicant.idNumber, and writes nothing', async () => {
    const before = await footprint();
    for (const idNumber of ['003190001234', '087290001234']) {
      const error = await failure(submit({ body: { ...householdBusiness, applicant: { ...applicant, idNumber } } }));
      expect(error).toMatchObject({ status: 400, code: 'invalid_input', fields: [{ field: 'applicant.idNumber' }] });
    }
    const declared = await failure(submit({ body: { ...householdBusiness, applicant: { ...applicant, birthYear: 1991 } } }));
    expect(declared.fields).toEqual([{ field: 'applicant.idNumber', reason: expect.stringContaining('không khớp năm sinh khai báo 1991') }]);
    expect(await footprint()).toEqual(before);
  });

  it('stores the applicant name in NFC, keeps a legacy CMND only as a reference, and prints form 01', async () => {
    const receipt = await submit({
      body: { ...householdBusiness, sets: 2, applicant: { ...applicant, fullName: applicant.fullName.normalize('NFD'), birthYear: 1990, legacyIdNumber: '341234567' } },
    });
    expect(receipt.sets).toBe(2);
    expect(receipt.applicant.fullName).toBe(applicant.fullName.normalize('NFC'));
    const [row] = await world.query('SELECT applicant FROM intake.dossiers WHERE code = $1', [receipt.dossierCode]);
    expect(row.applicant).toMatchObject({ fullName: applicant.fullName.normalize('NFC'), idNumber: applicant.idNumber, legacyIdNumber: '341234567' });
    const { html } = await rpc.call(PrintDeskForm, { actor: deskClerk(), form: '01', ref: receipt.dossierCode });
    expect(html).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(html).toContain(`Mã hồ sơ: <b>${receipt.dossierCode}</b>`);
    expect(html).toContain('2. Số lượng hồ sơ: 02 bộ');
    expect(html).toContain(applicant.fullName.normalize('NFC'));
    expect(html).not.toContain(applicant.idNumber);
    expect(html).not.toContain('341234567');
  });

  it('refuses a document the procedure does not ask for with 400 naming it', async () => {
    const before = await footprint();
    const error = await failure(submit({ body: { ...householdBusiness, documents: [...householdBusiness.documents, { code: 'so-ho-khau', present: true }] } }));
    expect(error.status).toBe(400);
    expect(error.fields).toEqual([{ field: 'documents[2].code', reason: expect.stringContaining('so-ho-khau') }]);
    expect(await footprint()).toEqual(before);
  });

  it('refuses staff who are not desk staff (office handler, auditor) with 403, and writes nothing', async () => {
    const before = await footprint();
    expect(await failure(submit({ actor: officeHandler('29972'), body: householdBusiness }))).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await failure(submit({ actor: { staffId: 'a1', unitCode: '29972', roles: ['auditor'] }, body: householdBusiness }))).status).toBe(403);
    expect((await failure(submit({ actor: { staffId: 'n1', unitCode: '29972', roles: [] }, body: householdBusiness }))).status).toBe(403);
    expect(await footprint()).toEqual(before);
  });

  it('refuses with 422 naming procedureCode a dossier no unit may decide (a district procedure at the provincial centre)', async () => {
    const before = await footprint();
    const error = await failure(submit({ actor: deskClerk('87'), body: householdBusiness }));
    expect(error).toMatchObject({ status: 422, code: 'not_receivable_here' });
    expect(error.fields).toEqual([{ field: 'procedureCode', reason: expect.stringContaining('không có đơn vị cấp huyện quản lý Tỉnh Đồng Tháp') }]);
    expect(error.message).toBe(error.fields![0].reason);
    expect(await footprint()).toEqual(before);
  });

  it('lets an after-hours clerk receive at the after-hours counter', async () => {
    // Only inside an open session that takes the procedure (after-hours/): one held all day, every day, for this test.
    const session = { id: 'f0000000-0000-4000-8000-000000000001', unitCode: '29972', name: 'Cả ngày (test)', onDaysOff: true, start: '00:00', end: '24:00',
      weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], validFrom: '2020-01-01', validTo: null, closedOn: [],
      eligibleProcedures: ['1.004873'], slotMinutes: 30, slotCapacity: 1, bookingWindowDays: 14, perPersonDailyLimit: 1, roster: [], version: 1 };
    const schedule = { unitCode: '29972', deskHours: { windows: [] }, sessions: [session], themeDays: [], updatedAt: new Date().toISOString() };
    await (await openBucket(world.nc, world.config(), SCHEDULES_BUCKET)).put(unitScheduleKey('29972'), JSON.stringify(schedule));
    const receipt: Receipt = await submit({
      actor: { staffId: 'night.29972', unitCode: '29972', roles: ['after-hours-clerk'] },
      body: { ...householdBusiness, procedureCode: '1.004873', channel: 'after-hours-counter', documents: [{ code: 'to-khai', present: true }] },
    });
    expect(receipt).toMatchObject({ channel: 'after-hours-counter', receivedBy: 'night.29972', procedure: { code: '1.004873' } });
  });
});
