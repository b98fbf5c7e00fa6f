import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  bundleKey,
  DossierReceived,
  GetDeskSupplementRequest,
  PrintDeskForm,
  REFERENCE_BUCKET,
  SubmitBundle,
  type BundleRecord,
  type DossierIncompleteDetails,
  type DossierReceivedV1,
  type SubmitBundleCommand,
} from '@motcua/contracts';
import { openBucket, RpcClient } from '@motcua/messaging';
import { eventually, ServiceEnvironment, failure } from '@motcua/service-testing';
import { intakeService } from '../intake.service';
import { applicant, deskClerk, putReference } from '../__tests__/reference-fixture';

const key = () => `bundle-${randomUUID()}`;
const bundle: BundleRecord = {
  code: 'LT-TEST',
  name: 'Xác nhận tình trạng hôn nhân và đăng ký hộ kinh doanh (thử)',
  procedureCodes: ['1.004873', '1.001612'],
  validFrom: '2019-01-01',
  validTo: null,
};
/** The same two procedures (3 working days each) as a liên thông group with a shorter total time of its own. */
const fastGroup: BundleRecord = { ...bundle, code: 'LT-FAST', name: 'Nhóm liên thông rút gọn (thử)', timeLimit: { value: 1, unit: 'working-days' } };

describe('intake: a "2 in 1" bundle — one intake, linked child dossiers, one receipt', () => {
  const world = new ServiceEnvironment(intakeService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    const reference = await openBucket(world.nc, world.config(), REFERENCE_BUCKET);
    await reference.put(bundleKey(bundle.code), JSON.stringify(bundle));
    await reference.put(bundleKey(fastGroup.code), JSON.stringify(fastGroup));
    await world.start();
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  const body: SubmitBundleCommand['body'] = {
    bundleCode: 'LT-TEST',
    channel: 'counter',
    resultDelivery: 'desk',
    applicant,
    members: [
      { procedureCode: '1.004873', documents: [{ code: 'to-khai', present: true }] },
      { procedureCode: '1.001612', documents: [{ code: 'giay-de-nghi', present: true }, { code: 'giay-to-phap-ly', present: true }] },
    ],
  };
  const footprint = async () => ({
    dossiers: await world.count('SELECT 1 FROM intake.dossiers'),
    bundles: await world.count('SELECT 1 FROM intake.dossier_bundles'),
    outbox: await world.count('SELECT 1 FROM intake.outbox'),
  });

  it('creates one child per procedure, each with its own code and appointment, linked, announced separately, once per key', async () => {
    const command = { idempotencyKey: key(), actor: deskClerk(), body };
    const receipt = await rpc.call(SubmitBundle, command);
    expect(receipt.bundle).toEqual({ code: 'LT-TEST', name: bundle.name });
    expect(receipt.children.map((c) => c.procedure.code)).toEqual(['1.004873', '1.001612']);
    const [first, second] = receipt.children.map((c) => c.dossierCode);
    expect(first).not.toBe(second);
    expect(Number(second.slice(-4))).toBe(Number(first.slice(-4)) + 1);
    expect(receipt.appointmentAt).toBe(receipt.children.map((c) => c.appointmentAt).sort().at(-1));
    expect(await rpc.call(SubmitBundle, command)).toEqual(receipt);

    const rows = await world.query('SELECT code, bundle_id FROM intake.dossiers WHERE bundle_id IS NOT NULL ORDER BY code');
    expect(rows).toEqual([first, second].sort().map((code) => ({ code, bundle_id: receipt.bundleId })));
    const [stored] = await world.query('SELECT * FROM intake.dossier_bundles WHERE id = $1', [receipt.bundleId]);
    expect(stored).toMatchObject({ bundle_code: 'LT-TEST', child_codes: [first, second], receiving_unit_code: '29972' });
    const events = await eventually(
      async () => (await world.outbox<DossierReceivedV1>(DossierReceived.subject)).filter((e) => e.payload.bundle?.id === receipt.bundleId),
      (list) => list.length === 2,
    );
    expect(events.map((e) => e.payload.procedureCode).sort()).toEqual(['1.001612', '1.004873']);

    // One slip listing every child with its own code and appointment.
    const { html } = await rpc.call(PrintDeskForm, { actor: deskClerk(), form: '01-bundle', ref: receipt.bundleId });
    expect(html).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(html).toContain(`Hồ sơ liên thông: <b>${bundle.name}</b>`);
    for (const child of receipt.children) expect(html).toContain(`<td>${child.dossierCode}</td><td>${child.procedure.name}</td>`);
    expect((await failure(rpc.call(PrintDeskForm, { actor: deskClerk('29969'), form: '01-bundle', ref: receipt.bundleId }))).status).toBe(403);
  });

  it('promises no child later than a group with its own total time: each child is due when the group is', async () => {
    const grouped = await rpc.call(SubmitBundle, { idempotencyKey: key(), actor: deskClerk(), body: { ...body, bundleCode: fastGroup.code } });
    const alone = await rpc.call(SubmitBundle, { idempotencyKey: key(), actor: deskClerk(), body });
    expect(grouped.timeLimit).toEqual({ value: 1, unit: 'working-days' });
    // on their own the children take 3 working days; in the group, 1
    for (const child of alone.children) expect(child.appointmentAt > grouped.appointmentAt).toBe(true);
    expect(grouped.children.map((c) => c.appointmentAt)).toEqual([grouped.appointmentAt, grouped.appointmentAt]);
    const events = await eventually(
      async () => (await world.outbox<DossierReceivedV1>(DossierReceived.subject)).filter((e) => e.payload.bundle?.id === grouped.bundleId),
      (list) => list.length === 2,
    );
    expect(events.map((e) => e.payload.appointmentAt)).toEqual([grouped.appointmentAt, grouped.appointmentAt]);
  });

  it('receives no child when one is incomplete, and issues one form 02 for the bundle naming what is missing under its member (422)', async () => {
    const before = await footprint();
    const command = {
      idempotencyKey: key(),
      actor: { ...deskClerk(), displayName: 'Trần Văn Bình' },
      body: { ...body, members: [body.members[0], { procedureCode: '1.001612', documents: [{ code: 'giay-de-nghi', present: true }] }] },
    };
    const error = await failure(rpc.call(SubmitBundle, command));
    expect(error).toMatchObject({ status: 422, code: 'dossier_incomplete' });
    expect(error.fields).toEqual([{ field: 'members[1].documents.giay-to-phap-ly', reason: expect.stringContaining('Thiếu') }]);
    expect(await footprint()).toEqual(before);

    const { supplementRequest } = error.details as unknown as DossierIncompleteDetails;
    expect(supplementRequest).toMatchObject({
      number: expect.stringMatching(/^BS-\d{6}-\d{4}$/),
      bundle: { code: 'LT-TEST', name: bundle.name },
      items: [{ field: 'members[1].documents.giay-to-phap-ly', documentName: 'Bản sao giấy tờ pháp lý của chủ hộ kinh doanh', procedureName: 'Đăng ký thành lập hộ kinh doanh' }],
      contact: { staffId: 'clerk.29972', name: 'Trần Văn Bình' },
      printPath: `/api/intake-desk/supplement-requests/${supplementRequest.id}/print`,
    });
    expect((await rpc.call(GetDeskSupplementRequest, { actor: deskClerk(), id: supplementRequest.id })).bundle).toEqual({ code: 'LT-TEST', name: bundle.name });
    const { html } = await rpc.call(PrintDeskForm, { actor: deskClerk(), form: '02', ref: supplementRequest.id });
    expect(html).toContain(`Hồ sơ liên thông: ${bundle.name} (LT-TEST)`);
    expect(html).toContain('1. Bản sao giấy tờ pháp lý của chủ hộ kinh doanh (thủ tục Đăng ký thành lập hộ kinh doanh) — Lý do: Thiếu');
    // A retry is the same 422 with the same form, nothing more recorded.
    expect((await failure(rpc.call(SubmitBundle, command))).toBody()).toEqual(error.toBody());
    expect(await world.count('SELECT 1 FROM intake.desk_supplement_requests WHERE id = $1', [supplementRequest.id])).toBe(1);
  });

  it('takes each child’s fee like a single submission: per channel, exemptions, its own receipt number, never for writing on behalf', async () => {
    const members = [
      { procedureCode: '1.004873', documents: [{ code: 'to-khai', present: true, writtenOnBehalfBy: 'Trần Thị Mai' }] },
      { ...body.members[1], fee: { receiptNumber: 'BL-LT-0001' } },
    ];
    const receipt = await rpc.call(SubmitBundle, { idempotencyKey: key(), actor: deskClerk(), body: { ...body, members } });
    expect(receipt.children.map((c) => c.fee)).toEqual([
      { channel: 'in-person', listedVnd: 0, amountVnd: 0, status: 'none' },
      { channel: 'in-person', listedVnd: 100000, amountVnd: 100000, status: 'paid', receiptNumber: 'BL-LT-0001' },
    ]);
    const online = await rpc.call(SubmitBundle, {
      idempotencyKey: key(),
      actor: deskClerk(),
      body: { ...body, channel: 'online', members: [body.members[0], { ...body.members[1], fee: { exemption: 'Hộ nghèo' } }] },
    });
    expect(online.children[1].fee).toEqual({ channel: 'online', listedVnd: 50000, amountVnd: 0, status: 'exempt', exemption: 'Hộ nghèo' });
    const { html } = await rpc.call(PrintDeskForm, { actor: deskClerk(), form: '01-bundle', ref: receipt.bundleId });
    expect(html).toContain('Phí, lệ phí: 100.000 đồng (biên lai số BL-LT-0001)');

    // A used receipt number, or a fee a free child cannot have, is named under its member; nothing is received.
    const before = await footprint();
    const reused = await failure(rpc.call(SubmitBundle, { idempotencyKey: key(), actor: deskClerk(), body: { ...body, members } }));
    expect(reused).toMatchObject({ status: 422, code: 'fee_receipt_used', fields: [{ field: 'members[1].fee.receiptNumber' }] });
    const freeWithReceipt = await failure(
      rpc.call(SubmitBundle, { idempotencyKey: key(), actor: deskClerk(), body: { ...body, members: [{ ...body.members[0], fee: { receiptNumber: 'BL-LT-0002' } }, body.members[1]] } }),
    );
    expect(freeWithReceipt).toMatchObject({ status: 422, code: 'fee_not_settled', fields: [{ field: 'members[0].fee.receiptNumber' }] });
    expect(await footprint()).toEqual(before);
  });

  it('refuses an unknown bundle, a member outside it, or a missing member (400), and writes nothing', async () => {
    const before = await footprint();
    expect((await failure(rpc.call(SubmitBundle, { idempotencyKey: key(), actor: deskClerk(), body: { ...body, bundleCode: 'LT-NONE' } }))).fields).toEqual([
      { field: 'bundleCode', reason: expect.any(String) },
    ]);
    const stranger = await failure(
      rpc.call(SubmitBundle, { idempotencyKey: key(), actor: deskClerk(), body: { ...body, members: [body.members[0], { procedureCode: '1.009994', documents: [] }] } }),
    );
    expect(stranger.status).toBe(400);
    expect(stranger.fields?.map((f) => f.field)).toEqual(['members[1].procedureCode', 'members']);
    const unknownDoc = await failure(
      rpc.call(SubmitBundle, { idempotencyKey: key(), actor: deskClerk(), body: { ...body, members: [{ procedureCode: '1.004873', documents: [{ code: 'x', present: true }] }, body.members[1]] } }),
    );
    expect(unknownDoc).toMatchObject({ status: 400, fields: [{ field: 'members[0].documents[0].code' }] });
    expect(await footprint()).toEqual(before);
  });
});
