import {
  AcknowledgeTransfer,
  AddOutreachTargets,
  AvailableSlots,
  BookSlot,
  CallNextTicket,
  CancelBooking,
  CloseQueueTicket,
  CreateOutreachCampaign,
  DeskBookings,
  DeskCatalogue,
  OutreachCampaign,
  QueueStats,
  RecordOutreachVisit,
  TakeQueueTicket,
  DossierRegisterRpc,
  DossierStatisticsRpc,
  OutreachCoverageRpc,
  RateDossier,
  RegisterApplicants,
  ServiceIndicatorsRpc,
  CitizenPreferences,
  CreateTemplateDraft,
  DeliveryReport,
  PreviewTemplate,
  PublishTemplate,
  SetCitizenPreferences,
  SetUnitContact,
  TemplateCatalogue,
  CalendarYear,
  ComputeDeadline,
  CreateSession,
  SetDeskHours,
  SetOfficialYear,
  SetProvinceDays,
  SetThemeDays,
  UnitSchedule,
  UpdateSession,
  ApproveTransfer,
  AssignTransfer,
  ControlSlipRpc,
  deadLetterRpcs,
  DeclareDelay,
  Deliveries,
  DeskInbox,
  DossierStatusRpc,
  DossierTimelineRpc,
  ExportCatalogue,
  ExportCatalogueCsv,
  ExportUnits,
  GetDeskSupplementRequest,
  GetDossier,
  GetTransfer,
  HandOverResult,
  ImportCatalogue,
  ImportCatalogueCsv,
  ImportUnits,
  OfficeInbox,
  PrintDeskForm,
  PublicCatalogue,
  RecordPaperDispatch,
  RecordSupplement,
  RefuseAtDesk,
  RefuseTransfer,
  RequestSupplement,
  ResolveTransfer,
  ResolveUnit,
  SubmitBundle,
  SubmitDossier,
  WithdrawDossier,
  type RpcContract,
  type StaffActor,
} from '@motcua/contracts';
import type { DownstreamStub, StubReply } from '../downstream-stub';
import { UNITS } from './gateway-harness';

/**
 * The downstream services played on NATS with the same unit-scope rules as the real ones (intake's desk-access and
 * desk forms, relay's office-access, tracking's may-read-timeline, scheduling's and notification's administrators), over a
 * small world: one dossier received at the commune desk and relayed to the district, one at another ward.
 * Copies of rules, kept small on purpose: the e2e suite runs the real services.
 */
export const WORLD = {
  dossier: { code: '000.72.69.H20-260302-0001', receivingUnit: UNITS.commune, units: [UNITS.commune, UNITS.district] },
  transfer: { id: '3f0c6a1e-2b7d-4e0f-9a51-0d2b8c7e4f11', fromUnit: UNITS.commune, toUnit: UNITS.district },
  otherDossier: { code: '000.10.66.H20-260302-0002', receivingUnit: UNITS.otherWard, units: [UNITS.otherWard] },
  otherTransfer: { id: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d', fromUnit: UNITS.otherWard, toUnit: '866' },
  /** An after-hours session of the commune (scheduling). */
  session: { id: '0b5e8f3a-7c21-4d9e-8a64-2f1c3b5d7e90', unitCode: UNITS.commune },
  /** A citizen's booking at the commune's Saturday session (phone ending 5678). */
  booking: { code: 'DL-7K3M-9QX2', unitCode: UNITS.commune, phoneLast4: '5678' },
  /** A queue ticket taken at the commune's counter quay-1. */
  ticket: { id: '2d4f6a8c-1b3e-4c5d-9e7f-8a9b0c1d2e3f', unitCode: UNITS.commune },
  /** An outreach campaign of the commune. */
  campaign: { id: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', unitCode: UNITS.commune },
  /** Forms issued at the commune's desk without a dossier code (intake): a supplement request (02), a refusal (03), a bundle's receipt. */
  deskSupplementRequest: { id: '4e2a9c71-6b3d-4f8e-9a05-7c1d2e3f4a5b', unitCode: UNITS.commune },
  deskRefusal: { id: '7b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', unitCode: UNITS.commune },
  bundle: { id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', unitCode: UNITS.commune },
};

const DESK = ['desk-clerk', 'after-hours-clerk'];
const OFFICE = ['office-handler', 'office-head'];
const OVERSIGHT = ['auditor', 'province-admin'];

const forbidden = (message: string): StubReply => ({ ok: false, error: { status: 403, code: 'forbidden', message } });
const notFound = (what: string): StubReply => ({ ok: false, error: { status: 404, code: 'not_found', message: `${what} not found` } });
const has = (actor: StaffActor, roles: string[]) => actor.roles.some((r) => roles.includes(r));

const dossiers: { code: string; receivingUnit: string; units: string[] }[] = [WORLD.dossier, WORLD.otherDossier];
const transfers: { id: string; fromUnit: string; toUnit: string }[] = [WORLD.transfer, WORLD.otherTransfer];

function desk(actor: StaffActor, unitCode: string | undefined, ok: () => unknown): StubReply {
  if (!has(actor, DESK)) return forbidden('Chỉ cán bộ bộ phận một cửa được tiếp nhận hồ sơ và trả kết quả');
  if (unitCode !== undefined && unitCode !== actor.unitCode) return forbidden('Hồ sơ này thuộc bộ phận một cửa của đơn vị khác');
  return { ok: true, data: ok() };
}

function office(actor: StaffActor, transferId: string, ok: () => unknown, side: 'to' | 'from' = 'to'): StubReply {
  const transfer = transfers.find((t) => t.id === transferId);
  if (!transfer) return notFound('transfer');
  if (side === 'from') return desk(actor, transfer.fromUnit, ok);
  if (!has(actor, OFFICE)) return forbidden('Chỉ cán bộ phòng chuyên môn xử lý phiếu chuyển');
  if (transfer.toUnit !== actor.unitCode) return forbidden('Phiếu chuyển này gửi đến đơn vị khác');
  return { ok: true, data: ok() };
}

function byDossier(code: string, then: (d: (typeof dossiers)[number]) => StubReply): StubReply {
  const dossier = dossiers.find((d) => d.code === code);
  return dossier ? then(dossier) : notFound('dossier');
}

function mayReadTimeline(actor: StaffActor, code: string, ok: () => unknown): StubReply {
  return byDossier(code, (d) => (has(actor, OVERSIGHT) || d.units.includes(actor.unitCode) ? { ok: true, data: ok() } : forbidden('Hồ sơ này không liên quan đến đơn vị của bạn')));
}

// routing (apps/routing/src/admin/admin-access.ts): administrators and auditors read the catalogue and the unit tree;
// only a province administrator whose unit is a province today changes them, and only their province's units.
const REFERENCE_READERS = ['province-admin', 'unit-admin', 'auditor'];
/** The test units' parents (support/gateway-harness.ts), for "which province is this unit in". */
const PARENT: Record<string, string | null> = { [UNITS.province]: null, [UNITS.district]: UNITS.province, [UNITS.commune]: UNITS.district, '29954': UNITS.district, [UNITS.closed]: UNITS.district, [UNITS.otherWard]: '866' };
const provinceOf = (code: string | null | undefined): string | undefined => {
  for (let at = code ?? undefined, depth = 0; at !== undefined && depth < 6; depth++) {
    if (!(at in PARENT)) return undefined;
    if (PARENT[at] === null) return at;
    at = PARENT[at] ?? undefined;
  }
  return undefined;
};

function referenceReader(actor: StaffActor, ok: () => unknown): StubReply {
  return has(actor, REFERENCE_READERS) ? { ok: true, data: ok() } : forbidden('chỉ quản trị viên và kiểm tra viên xem danh mục');
}

function provinceAdmin(actor: StaffActor, ok: () => unknown): StubReply {
  if (!actor.roles.includes('province-admin')) return forbidden('chỉ quản trị viên cấp tỉnh thay đổi danh mục');
  if (PARENT[actor.unitCode] !== null) return forbidden('tài khoản không thuộc một tỉnh đang hoạt động');
  return { ok: true, data: ok() };
}

const importReport = (dryRun: boolean | undefined) => ({ dryRun: dryRun ?? false, inserted: [], updated: [], unchanged: 0, closed: [] });

function importUnits(r: any): StubReply {
  const admin = provinceAdmin(r.actor, () => importReport(r.body.dryRun));
  if (admin !== 'silent' && !admin.ok) return admin;
  const rows = r.body.units as { code: string; parentCode?: string | null }[];
  const outside = rows.filter((u) => (u.parentCode ? provinceOf(u.parentCode) : u.code) !== r.actor.unitCode).map((u) => u.code);
  return outside.length > 0 ? forbidden(`đơn vị ngoài tỉnh của tài khoản: ${outside.join(', ')}`) : admin;
}

// scheduling (apps/scheduling/src/authorization/unit-access.ts): a unit's hours and sessions are changed by its own
// unit administrator or its province's administrator; the national calendar and a province's own days by a province
// administrator acting from a province (assertProvinceLevelAdmin); any staff member reads schedules, calendars, deadlines.
function managesUnit(actor: StaffActor, unitCode: string, ok: () => unknown): StubReply {
  if (!(unitCode in PARENT)) return notFound(`unit ${unitCode}`);
  if (actor.roles.includes('unit-admin') && actor.unitCode === unitCode) return { ok: true, data: ok() };
  if (actor.roles.includes('province-admin') && provinceOf(unitCode) === actor.unitCode) return { ok: true, data: ok() };
  return forbidden('Chỉ quản trị viên của đơn vị hoặc của tỉnh được thay đổi giờ làm việc và các phiên của đơn vị');
}

const calendarAdmin = (actor: StaffActor): StubReply | undefined => (actor.roles.includes('province-admin') ? undefined : forbidden('Chỉ quản trị viên cấp tỉnh quản lý lịch nghỉ, lịch làm việc theo quy định'));
const calendarView = (year: number, provinceCode: string | null) => ({ year, provinceCode, basis: 'official', source: 'x', days: [], workingDays: 250 });
const scheduleView = (unitCode: string) => ({ unitCode, unitName: unitCode, deskHours: { windows: [] }, sessions: [], themeDays: [], days: [] });

// notification (apps/notification/src/authorization/notification-access.ts): templates are read by any province
// administrator and changed by one acting from a province (assertTemplateEditor); consent is recorded by desk staff
// for any citizen; a unit's duty contact is its unit administrator's or its province's administrator's
// (assertUnitContactAdmin); delivery reports name any unit for auditors and province administrators, only the
// actor's own unit for everyone else.
const templateAdmin = (actor: StaffActor, ok: () => unknown): StubReply => (actor.roles.includes('province-admin') ? { ok: true, data: ok() } : forbidden('Chỉ quản trị viên cấp tỉnh quản lý mẫu tin nhắn'));
const templateEditor = (actor: StaffActor, ok: () => unknown): StubReply =>
  !actor.roles.includes('province-admin') || PARENT[actor.unitCode] !== null ? forbidden('chỉ quản trị viên cấp tỉnh, dùng tài khoản của một tỉnh đang hoạt động, được thay đổi mẫu tin nhắn') : { ok: true, data: ok() };
function unitContactAdmin(r: any): StubReply {
  const ok: StubReply = { ok: true, data: { unitCode: r.unitCode, phone: r.body.phone ?? null, email: r.body.email ?? null } };
  if (r.actor.roles.includes('unit-admin') && r.actor.unitCode === r.unitCode) return ok;
  if (!r.actor.roles.includes('province-admin')) return forbidden('Chỉ quản trị viên của đơn vị (hoặc của tỉnh) đặt đầu mối trực của đơn vị');
  if (!(r.unitCode in PARENT)) return notFound(`unit ${r.unitCode}`);
  return PARENT[r.actor.unitCode] === null && provinceOf(r.unitCode) === r.actor.unitCode ? ok : forbidden('the unit is outside your province');
}
const deskStaff = (actor: StaffActor, ok: () => unknown): StubReply => (has(actor, ['desk-clerk', 'after-hours-clerk', 'unit-admin']) ? { ok: true, data: ok() } : forbidden('Chỉ cán bộ bộ phận một cửa ghi nhận lựa chọn nhận thông báo của công dân'));
function deliveryReport(r: any): StubReply {
  if (!has(r.actor, OVERSIGHT) && r.unitCode !== undefined && r.unitCode !== r.actor.unitCode) return forbidden('you may only report on your own unit');
  const unitCode = has(r.actor, OVERSIGHT) ? r.unitCode : r.actor.unitCode;
  const rows = DELIVERIES.filter((d) => unitCode === undefined || d.unitCode === unitCode);
  return { ok: true, data: { rows, next: null } };
}
const DELIVERIES = [WORLD.dossier, WORLD.otherDossier].map((d, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, dossierCode: d.code, unitCode: d.receivingUnit, audience: 'citizen', template: 'receipt', templateVersion: 1, channel: 'sms', recipient: '09******78', status: 'delivered', attempts: 1 }));
const preferencesView = (phone: string | undefined) => ({ phone: phone ?? null, email: null, preferredChannel: null, consents: [] });
const templateView = (kind: string, channel: string, version: number) => ({ template: { kind, channel, version, status: 'draft', subject: null, body: 'x', providerTemplateId: null, createdAt: 'x', createdBy: 'x', publishedAt: null, publishedBy: null }, preview: { subject: null, body: 'x', characters: 1, smsParts: 1, problems: [] } });

// tracking (apps/tracking/src/reference/report-access.ts) and intake (register-entries/register-access.ts):
// statistics, indicators and outreach coverage for auditors anywhere, for supervisors (office head, unit and province
// administrators) over their unit and the units under it; a desk's register (and intake's personal columns) for
// its own desk staff, administrators of a unit above it, and auditors.
const isWithin = (unitCode: string, ancestor: string): boolean => {
  for (let at: string | null | undefined = unitCode, depth = 0; at && depth < 10; depth++, at = PARENT[at]) if (at === ancestor) return true;
  return false;
};
const mayReadStatistics = (actor: StaffActor, unitCode: string) => has(actor, ['auditor']) || (has(actor, ['office-head', 'unit-admin', 'province-admin']) && isWithin(unitCode, actor.unitCode));
function mayReadRegister(actor: StaffActor, deskUnitCode: string): boolean {
  if (has(actor, ['auditor'])) return true;
  if (actor.unitCode === deskUnitCode) return has(actor, ['desk-clerk', 'after-hours-clerk', 'office-head', 'unit-admin']);
  return has(actor, ['unit-admin', 'province-admin']) && isWithin(deskUnitCode, actor.unitCode);
}
const unitRef = (code: string) => ({ code, name: `Đơn vị ${code}` });
function report(r: any, data: (unitCode: string) => unknown): StubReply {
  const unitCode = r.unitCode ?? r.actor.unitCode;
  if (!(unitCode in PARENT)) return notFound('unit');
  return mayReadStatistics(r.actor, unitCode) ? { ok: true, data: data(unitCode) } : forbidden('Báo cáo chỉ gồm đơn vị của bạn và các đơn vị trực thuộc');
}
function register(r: any): StubReply {
  const deskCode = r.unitCode ?? r.actor.unitCode;
  if (!(deskCode in PARENT)) return notFound('unit');
  if (!mayReadRegister(r.actor, deskCode)) return forbidden('Sổ theo dõi này thuộc bộ phận một cửa của đơn vị khác');
  const items = dossiers
    .filter((d) => d.receivingUnit === deskCode)
    .map((d, i) => ({ number: i + 1, dossierCode: d.code, procedureCode: '1.001612', procedureName: 'x', leadAgency: null, receivedAt: '2026-03-02T01:00:00.000Z', appointmentAt: '2026-03-16T10:00:00.000Z', transferredAt: null, resultReceivedAt: null, returnedAt: null, note: '' }));
  return { ok: true, data: { items, total: items.length, page: r.page ?? 1, pageSize: r.pageSize ?? 50, desk: { ...unitRef(deskCode), deskName: `Bộ phận Một cửa ${deskCode}` }, from: r.from, to: r.to } };
}
const ancestry = (code: string): string[] => {
  const chain: string[] = [];
  for (let at: string | null | undefined = code, depth = 0; at && depth < 10; depth++, at = PARENT[at]) chain.push(at);
  return chain;
};
const registerApplicants = (r: any): StubReply => ({
  ok: true,
  data: dossiers
    .filter((d) => r.dossierCodes.includes(d.code))
    .filter((d) => has(r.actor, ['auditor']) || (r.actor.unitCode === d.receivingUnit ? has(r.actor, ['desk-clerk', 'after-hours-clerk', 'office-head', 'unit-admin']) : has(r.actor, ['unit-admin', 'province-admin']) && ancestry(d.receivingUnit).includes(r.actor.unitCode)))
    .map((d) => ({ dossierCode: d.code, applicantName: 'Nguyễn Thị Hồng', address: 'Ấp Phước Tiên', phone: '0912345678', setCount: 1 })),
});

// scheduling's counter work (authorization/unit-access.ts assertStaffOf, assertOwnUnitResource): staff of the unit
// itself, on their own unit's bookings, queue and campaigns; another unit's ticket or campaign is refused (403), an
// unknown one is not found.
function staffOf(actor: StaffActor, unitCode: string, roles: string[], ok: () => StubReply): StubReply {
  if (!has(actor, roles)) return forbidden(`Thao tác này cần một trong các vai trò: ${roles.join(', ')}`);
  if (actor.unitCode !== unitCode) return forbidden('Mục này thuộc đơn vị khác');
  return ok();
}
const COUNTER_ROLES = ['desk-clerk', 'after-hours-clerk'];
const OUTREACH_ROLES = ['unit-admin', 'desk-clerk'];
const bookingView = (status: string) => ({
  bookingCode: WORLD.booking.code,
  status,
  unitCode: WORLD.booking.unitCode,
  deskName: 'Bộ phận Một cửa',
  sessionId: WORLD.session.id,
  sessionName: 'Tiếp nhận ngoài giờ thứ Bảy',
  slotStart: '2026-03-07T00:30:00.000Z',
  slotEnd: '2026-03-07T01:00:00.000Z',
  procedureCode: null,
});
const ticketView = (unitCode: string, status: string, id = WORLD.ticket.id) => ({ ticketId: id, unitCode, counterCode: 'quay-1', day: '2026-03-02', number: 1, status, takenAt: '2026-03-02T01:00:00.000Z', calledAt: null, finishedAt: null, waitingAhead: 0 });
const campaignView = (id: string, unitCode: string) => ({
  campaignId: id,
  unitCode,
  name: 'Cấp đổi căn cước tại nhà',
  kind: 'home-visit',
  procedureCode: null,
  startsOn: '2026-03-01',
  endsOn: '2026-03-31',
  targets: 1,
  completed: 0,
  pending: 1,
  byOutcome: { completed: 0, 'not-home': 0, declined: 0, ineligible: 0 },
  visits: 0,
  coveragePercent: 0,
});
function ownCampaign(r: any, roles: string[]): StubReply {
  return staffOf(r.actor, r.actor.unitCode, roles, () => {
    if (r.campaignId !== WORLD.campaign.id) return notFound('outreach campaign');
    return WORLD.campaign.unitCode === r.actor.unitCode ? { ok: true, data: campaignView(r.campaignId, r.actor.unitCode) } : forbidden('Đợt lưu động này thuộc đơn vị khác; chỉ cán bộ của đơn vị đó được thao tác');
  });
}

// intake's desk forms (apps/intake/src/desk-forms/desk-forms.handler.ts assertMayRead): a form is read or printed at
// the desk that issued it, or by an auditor; the gateway lets only desk staff and auditors ask. Refusals and bundles
// are issued at the actor's own desk (refuse-at-desk, submit-bundle use cases: assertDeskStaff); a withdrawal is the
// dossier's receiving desk's (withdraw-dossier.use-case.ts).
const DESK_FORMS: Record<string, { id: string; unitCode: string }> = { '02': WORLD.deskSupplementRequest, '03': WORLD.deskRefusal, '01-bundle': WORLD.bundle };
function deskForm(actor: StaffActor, form: string, ref: string, ok: () => unknown): StubReply {
  const unitCode = form === '01' ? dossiers.find((d) => d.code === ref)?.receivingUnit : DESK_FORMS[form]?.id === ref ? DESK_FORMS[form].unitCode : undefined;
  if (unitCode === undefined) return notFound(form === '01' ? 'dossier' : 'desk form');
  return unitCode === actor.unitCode || has(actor, ['auditor']) ? { ok: true, data: ok() } : forbidden('Phiếu này thuộc bộ phận một cửa của đơn vị khác');
}
const deskPerson = { fullName: 'Nguyễn Thị Hồng', address: 'Ấp Phước Tiên', phone: '0912345678' };
const deskUnit = (code: string) => ({ code, name: `Đơn vị ${code}`, deskName: `Bộ phận Một cửa ${code}` });

const transferView = (id: string) => ({ transferId: id, status: 'acknowledged', toUnitCode: transfers.find((t) => t.id === id)?.toUnit });

/** Every RPC the gateway's endpoints reach, answered as the owning service would for this world. */
export const SCOPED_ANSWERS: [RpcContract<any, any>, (req: any) => StubReply][] = [
  [SubmitDossier, (r) => desk(r.actor, undefined, () => ({ dossierCode: `000.72.69.H20-260302-${String(Date.now() % 10000).padStart(4, '0')}`, receivingUnit: { code: r.actor.unitCode } }))],
  [GetDossier, (r) => byDossier(r.dossierCode, (d) => (d.receivingUnit === r.actor.unitCode || has(r.actor, ['auditor']) ? { ok: true, data: { dossierCode: d.code, receivingUnit: { code: d.receivingUnit } } } : forbidden('Hồ sơ này thuộc bộ phận một cửa của đơn vị khác')))],
  [DeskInbox, (r) => desk(r.actor, undefined, () => dossiers.filter((d) => d.receivingUnit === r.actor.unitCode).map((d) => ({ dossierCode: d.code, unitCode: d.receivingUnit })))],
  [HandOverResult, (r) => byDossier(r.dossierCode, (d) => desk(r.actor, d.receivingUnit, () => ({ dossierCode: d.code, status: 'handed-over' })))],
  [RecordSupplement, (r) => byDossier(r.dossierCode, (d) => desk(r.actor, d.receivingUnit, () => ({ dossierCode: d.code, status: 'in-progress' })))],
  // intake's desk (api/intake-desk)
  [PrintDeskForm, (r) => deskForm(r.actor, r.form, r.ref, () => ({ html: `<p>Mẫu ${r.form} ${r.ref}</p>` }))],
  [
    GetDeskSupplementRequest,
    (r) =>
      deskForm(r.actor, '02', r.id, () => ({
        id: r.id,
        number: 'BS-260302-0001',
        procedure: { code: '1.001612', name: 'x' },
        receivingUnit: deskUnit(WORLD.deskSupplementRequest.unitCode),
        applicant: deskPerson,
        items: [],
        issuedAt: '2026-03-02T01:00:00.000Z',
        issuedBy: 'x',
      })),
  ],
  [
    RefuseAtDesk,
    (r) =>
      desk(r.actor, undefined, () => ({
        id: WORLD.deskRefusal.id,
        number: 'TC-260302-0001',
        procedure: { code: r.body.procedureCode, name: 'x' },
        receivingUnit: deskUnit(r.actor.unitCode),
        applicant: deskPerson,
        reasons: r.body.reasons,
        refusedAt: '2026-03-02T01:00:00.000Z',
        refusedBy: r.actor.staffId,
      })),
  ],
  [SubmitBundle, (r) => desk(r.actor, undefined, () => ({ bundleId: WORLD.bundle.id, bundle: { code: r.body.bundleCode, name: 'x' }, receivedAt: '2026-03-02T01:00:00.000Z', appointmentAt: '2026-03-05T10:00:00.000Z', children: [] }))],
  [WithdrawDossier, (r) => byDossier(r.dossierCode, (d) => desk(r.actor, d.receivingUnit, () => ({ dossierCode: d.code, status: 'withdrawn', withdrawnAt: '2026-03-03T02:00:00.000Z' })))],
  [OfficeInbox, (r) => (has(r.actor, [...OFFICE, 'auditor']) ? { ok: true, data: { items: transfers.filter((t) => t.toUnit === r.actor.unitCode).map((t) => ({ transferId: t.id, toUnitCode: t.toUnit })), total: 0, page: 1, pageSize: 50 } } : forbidden('Chỉ cán bộ phòng chuyên môn xử lý phiếu chuyển'))],
  ...[AcknowledgeTransfer, ResolveTransfer, AssignTransfer, RequestSupplement, RefuseTransfer, DeclareDelay, ApproveTransfer].map(
    (contract) => [contract, (r: any) => office(r.actor, r.transferId, () => transferView(r.transferId))] as [RpcContract<any, any>, (req: any) => StubReply],
  ),
  [RecordPaperDispatch, (r) => office(r.actor, r.transferId, () => transferView(r.transferId), 'from')],
  // relay's assertMayReadTransfer (apps/relay/src/authorization/office-access.ts): the units it joins, oversight anywhere
  [
    GetTransfer,
    (r) => {
      const t = transfers.find((x) => x.id === r.transferId);
      if (!t) return notFound('transfer');
      const mayRead = has(r.actor, OVERSIGHT) || [t.fromUnit, t.toUnit].includes(r.actor.unitCode);
      return mayRead ? { ok: true, data: transferView(r.transferId) } : forbidden('Phiếu chuyển này không thuộc bộ phận một cửa của bạn và không gửi đến phòng của bạn');
    },
  ],
  [DossierTimelineRpc, (r) => mayReadTimeline(r.actor, r.dossierCode, () => ({ dossierCode: r.dossierCode, entries: [] }))],
  [ControlSlipRpc, (r) => mayReadTimeline(r.actor, r.dossierCode, () => ({ html: `<p>${r.dossierCode}</p>` }))],
  [Deliveries, (r) => byDossier(r.dossierCode, (d) => ({ ok: true, data: [{ dossierCode: d.code, recipient: '09******78' }] }))],
  [deadLetterRpcs('intake').list, () => ({ ok: true, data: [] })],
  [deadLetterRpcs('intake').replay, () => ({ ok: true, data: { replayed: true } })],
  [DossierStatusRpc, (r) => byDossier(r.dossierCode, (d) => ({ ok: true, data: { dossierCode: d.code, procedureName: 'x', status: 'received', statusText: 'x', receivedAt: 'x', appointmentAt: 'x', collectAt: null, updatedAt: 'x' } }))],
  [PublicCatalogue, () => ({ ok: true, data: [] })],
  // routing: catalogue and unit tree
  [ExportCatalogue, (r) => referenceReader(r.actor, () => ({ on: r.on ?? null, procedures: [], bundles: [] }))],
  [ExportCatalogueCsv, (r) => referenceReader(r.actor, () => ({ filename: 'danh-muc-thu-tuc.csv', csv: '\uFEFFcode,name\n' }))],
  [ExportUnits, (r) => referenceReader(r.actor, () => ({ on: r.on ?? null, units: [], aliases: [] }))],
  [ResolveUnit, (r) => (has(r.actor, REFERENCE_READERS) ? (r.code in PARENT ? { ok: true, data: { code: r.code, on: r.on ?? '2026-03-02', unit: { code: r.code }, via: [], history: [] } } : notFound(`unit ${r.code}`)) : forbidden('chỉ quản trị viên và kiểm tra viên xem danh mục'))],
  [ImportCatalogue, (r) => provinceAdmin(r.actor, () => importReport(r.body.dryRun))],
  [ImportCatalogueCsv, (r) => provinceAdmin(r.actor, () => importReport(r.body.dryRun))],
  [ImportUnits, importUnits],
  // scheduling: calendar and opening hours
  [CalendarYear, (r) => ({ ok: true, data: calendarView(r.year, r.provinceCode ?? null) })],
  [ComputeDeadline, (r) => ({ ok: true, data: { dueAt: r.body.receivedAt, status: 'not-yet-due', at: r.body.at ?? r.body.receivedAt } })],
  [SetOfficialYear, (r) => calendarAdmin(r.actor) ?? (PARENT[r.actor.unitCode] === null ? { ok: true, data: calendarView(r.year, null) } : forbidden('chỉ quản trị viên cấp tỉnh, dùng tài khoản của một tỉnh đang hoạt động, được thay đổi lịch làm việc'))],
  [
    SetProvinceDays,
    (r) => calendarAdmin(r.actor) ?? (PARENT[r.actor.unitCode] === null ? { ok: true, data: calendarView(r.year, r.actor.unitCode) } : forbidden('only the administrator of a province sets its days')),
  ],
  [UnitSchedule, (r) => ((r.unitCode ?? r.actor.unitCode) in PARENT ? { ok: true, data: scheduleView(r.unitCode ?? r.actor.unitCode) } : notFound(`unit ${r.unitCode}`))],
  [CreateSession, (r) => managesUnit(r.actor, r.body.unitCode, () => ({ ...r.body, id: WORLD.session.id, version: 1 }))],
  [
    UpdateSession,
    (r) => {
      const decided = managesUnit(r.actor, r.body.unitCode, () => ({ ...r.body, id: r.sessionId, version: 2 }));
      if (decided === 'silent' || !decided.ok) return decided;
      if (r.sessionId !== WORLD.session.id) return notFound('session');
      if (r.body.unitCode !== WORLD.session.unitCode) return { ok: false, error: { status: 422, code: 'invalid', message: 'invalid', fields: [{ field: 'unitCode', reason: `the session belongs to unit ${WORLD.session.unitCode}` }] } };
      return decided;
    },
  ],
  [SetDeskHours, (r) => managesUnit(r.actor, r.body.unitCode, () => scheduleView(r.body.unitCode))],
  [SetThemeDays, (r) => managesUnit(r.actor, r.body.unitCode, () => scheduleView(r.body.unitCode))],
  // notification: templates, consent, duty contacts, delivery reports
  [TemplateCatalogue, (r) => templateAdmin(r.actor, () => [])],
  [PreviewTemplate, (r) => templateAdmin(r.actor, () => ({ subject: null, body: r.template.body, characters: r.template.body.length, smsParts: 1, problems: [] }))],
  [CreateTemplateDraft, (r) => templateEditor(r.actor, () => templateView(r.body.kind, r.body.channel, 2))],
  [PublishTemplate, (r) => templateEditor(r.actor, () => templateView(r.kind, r.channel, r.version))],
  [CitizenPreferences, (r) => deskStaff(r.actor, () => preferencesView(r.phone))],
  [SetCitizenPreferences, (r) => deskStaff(r.actor, () => preferencesView(r.body.phone))],
  [SetUnitContact, unitContactAdmin],
  [DeliveryReport, deliveryReport],
  // tracking: reports and the register (with intake's personal columns), the citizen's rating
  [DossierStatisticsRpc, (r) => report(r, (u) => ({ unit: unitRef(u), from: r.from, to: r.to, asOf: '2026-03-31T17:00:00.000Z', perspective: r.perspective ?? 'competent', groupBy: r.groupBy ?? null, total: {}, rows: [] }))],
  [ServiceIndicatorsRpc, (r) => report(r, (u) => ({ unit: unitRef(u), from: r.from, to: r.to, asOf: '2026-03-31T17:00:00.000Z', perspective: r.perspective ?? 'competent', indicators: [], averageResolutionTime: [] }))],
  [OutreachCoverageRpc, (r) => report(r, (u) => ({ unit: unitRef(u), campaigns: [] }))],
  [DossierRegisterRpc, register],
  [RegisterApplicants, registerApplicants],
  // scheduling: bookings, queue, outreach
  [AvailableSlots, (r) => (r.unitCode in PARENT ? { ok: true, data: { unitCode: r.unitCode, unitName: r.unitCode, deskName: 'Bộ phận Một cửa', date: r.date, workingDay: false, sessions: [] } } : notFound(`unit ${r.unitCode}`))],
  [BookSlot, (r) => (r.body.unitCode in PARENT ? { ok: true, data: bookingView('confirmed') } : notFound(`unit ${r.body.unitCode}`))],
  [CancelBooking, (r) => (r.bookingCode === WORLD.booking.code && r.body.phoneLast4 === WORLD.booking.phoneLast4 ? { ok: true, data: bookingView('cancelled') } : notFound('booking'))],
  [TakeQueueTicket, (r) => (r.body.unitCode in PARENT ? { ok: true, data: ticketView(r.body.unitCode, 'waiting') } : notFound(`unit ${r.body.unitCode}`))],
  // routing desk-catalogue.handler.ts: desk staff only; always the actor's own desk
  [
    DeskCatalogue,
    (r) =>
      has(r.actor, COUNTER_ROLES)
        ? { ok: true, data: { unitCode: r.actor.unitCode, deskName: 'Bộ phận Một cửa', procedures: [], bundles: [] } }
        : forbidden('chỉ cán bộ tiếp nhận xem danh mục của bộ phận một cửa'),
  ],
  [DeskBookings, (r) => staffOf(r.actor, r.unitCode ?? r.actor.unitCode, [...COUNTER_ROLES, 'unit-admin'], () => ({ ok: true, data: (r.unitCode ?? r.actor.unitCode) === WORLD.booking.unitCode ? [{ ...bookingView('confirmed'), citizen: { fullName: 'Nguyễn Thị Hồng', phone: '0912345678' }, bookedAt: 'x' }] : [] }))],
  [CallNextTicket, (r) => staffOf(r.actor, r.actor.unitCode, COUNTER_ROLES, () => ({ ok: true, data: ticketView(r.actor.unitCode, 'called', '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b') }))],
  [
    CloseQueueTicket,
    (r) =>
      staffOf(r.actor, r.actor.unitCode, COUNTER_ROLES, () => {
        if (r.ticketId !== WORLD.ticket.id) return notFound('queue ticket');
        return WORLD.ticket.unitCode === r.actor.unitCode ? { ok: true, data: ticketView(r.actor.unitCode, r.outcome) } : forbidden('Số thứ tự này thuộc đơn vị khác; chỉ cán bộ của đơn vị đó được thao tác');
      }),
  ],
  [QueueStats, (r) => staffOf(r.actor, r.actor.unitCode, [...COUNTER_ROLES, 'unit-admin', 'auditor'], () => ({ ok: true, data: { unitCode: r.actor.unitCode, date: r.date ?? '2026-03-02', counters: [] } }))],
  [CreateOutreachCampaign, (r) => staffOf(r.actor, r.actor.unitCode, OUTREACH_ROLES, () => ({ ok: true, data: campaignView(WORLD.campaign.id, r.actor.unitCode) }))],
  [AddOutreachTargets, (r) => ownCampaign(r, OUTREACH_ROLES)],
  [OutreachCampaign, (r) => ownCampaign(r, [...COUNTER_ROLES, 'unit-admin', 'auditor'])],
  [RecordOutreachVisit, (r) => ownCampaign(r, [...COUNTER_ROLES, 'unit-admin'])],
  [RateDossier, (r) => byDossier(r.dossierCode, (d) => ({ ok: true, data: { dossierCode: d.code, rating: r.body.rating, ratedAt: '2026-03-06T02:30:00.000Z' } }))],
];

export async function playScopedServices(stub: DownstreamStub): Promise<void> {
  for (const [contract, answer] of SCOPED_ANSWERS) await stub.answer(contract, answer);
}
