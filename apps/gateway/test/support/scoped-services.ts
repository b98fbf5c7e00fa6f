import {
  AcknowledgeTransfer,
  ApproveTransfer,
  AssignTransfer,
  ControlSlipRpc,
  deadLetterRpcs,
  DeclareDelay,
  Deliveries,
  DeskInbox,
  DossierStatusRpc,
  DossierTimelineRpc,
  GetDossier,
  HandOverResult,
  OfficeInbox,
  PublicCatalogue,
  RecordPaperDispatch,
  RecordSupplement,
  RefuseTransfer,
  RequestSupplement,
  ResolveTransfer,
  SubmitDossier,
  type RpcContract,
  type StaffActor,
} from '@motcua/contracts';
import type { DownstreamStub, StubReply } from '../downstream-stub';
import { UNITS } from './gateway-harness';

/**
 * The downstream services played on NATS with the same unit-scope rules as the real ones (intake's desk-access,
 * relay's office-access, tracking's may-read-timeline; notification checks nothing, as it does today), over a
 * small world: one dossier received at the commune desk and relayed to the district, one at another ward.
 * Copies of rules, kept small on purpose: the e2e suite runs the real services.
 */
export const WORLD = {
  dossier: { code: '000.72.69.H20-260302-0001', receivingUnit: UNITS.commune, units: [UNITS.commune, UNITS.district] },
  transfer: { id: '3f0c6a1e-2b7d-4e0f-9a51-0d2b8c7e4f11', fromUnit: UNITS.commune, toUnit: UNITS.district },
  otherDossier: { code: '000.10.66.H20-260302-0002', receivingUnit: UNITS.otherWard, units: [UNITS.otherWard] },
  otherTransfer: { id: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d', fromUnit: UNITS.otherWard, toUnit: '866' },
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
  if (!has(actor, DESK)) return forbidden('only desk staff receive dossiers and hand over results');
  if (unitCode !== undefined && unitCode !== actor.unitCode) return forbidden('this dossier belongs to another unit’s desk');
  return { ok: true, data: ok() };
}

function office(actor: StaffActor, transferId: string, ok: () => unknown, side: 'to' | 'from' = 'to'): StubReply {
  const transfer = transfers.find((t) => t.id === transferId);
  if (!transfer) return notFound('transfer');
  if (side === 'from') return desk(actor, transfer.fromUnit, ok);
  if (!has(actor, OFFICE)) return forbidden('only office staff handle transfers');
  if (transfer.toUnit !== actor.unitCode) return forbidden('this transfer is addressed to another unit');
  return { ok: true, data: ok() };
}

function byDossier(code: string, then: (d: (typeof dossiers)[number]) => StubReply): StubReply {
  const dossier = dossiers.find((d) => d.code === code);
  return dossier ? then(dossier) : notFound('dossier');
}

function mayReadTimeline(actor: StaffActor, code: string, ok: () => unknown): StubReply {
  return byDossier(code, (d) => (has(actor, OVERSIGHT) || d.units.includes(actor.unitCode) ? { ok: true, data: ok() } : forbidden('the dossier does not concern your unit')));
}

const transferView = (id: string) => ({ transferId: id, status: 'acknowledged', toUnitCode: transfers.find((t) => t.id === id)?.toUnit });

/** Every RPC the gateway's endpoints reach, answered as the owning service would for this world. */
export const SCOPED_ANSWERS: [RpcContract<any, any>, (req: any) => StubReply][] = [
  [SubmitDossier, (r) => desk(r.actor, undefined, () => ({ dossierCode: `000.72.69.H20-260302-${String(Date.now() % 10000).padStart(4, '0')}`, receivingUnit: { code: r.actor.unitCode } }))],
  [GetDossier, (r) => byDossier(r.dossierCode, (d) => (d.receivingUnit === r.actor.unitCode || has(r.actor, ['auditor']) ? { ok: true, data: { dossierCode: d.code, receivingUnit: { code: d.receivingUnit } } } : forbidden('this dossier belongs to another unit’s desk')))],
  [DeskInbox, (r) => desk(r.actor, undefined, () => dossiers.filter((d) => d.receivingUnit === r.actor.unitCode).map((d) => ({ dossierCode: d.code, unitCode: d.receivingUnit })))],
  [HandOverResult, (r) => byDossier(r.dossierCode, (d) => desk(r.actor, d.receivingUnit, () => ({ dossierCode: d.code, status: 'handed-over' })))],
  [RecordSupplement, (r) => byDossier(r.dossierCode, (d) => desk(r.actor, d.receivingUnit, () => ({ dossierCode: d.code, status: 'in-progress' })))],
  [OfficeInbox, (r) => (has(r.actor, [...OFFICE, 'auditor']) ? { ok: true, data: { items: transfers.filter((t) => t.toUnit === r.actor.unitCode).map((t) => ({ transferId: t.id, toUnitCode: t.toUnit })), total: 0, page: 1, pageSize: 50 } } : forbidden('only office staff handle transfers'))],
  ...[AcknowledgeTransfer, ResolveTransfer, AssignTransfer, RequestSupplement, RefuseTransfer, DeclareDelay, ApproveTransfer].map(
    (contract) => [contract, (r: any) => office(r.actor, r.transferId, () => transferView(r.transferId))] as [RpcContract<any, any>, (req: any) => StubReply],
  ),
  [RecordPaperDispatch, (r) => office(r.actor, r.transferId, () => transferView(r.transferId), 'from')],
  [DossierTimelineRpc, (r) => mayReadTimeline(r.actor, r.dossierCode, () => ({ dossierCode: r.dossierCode, entries: [] }))],
  [ControlSlipRpc, (r) => mayReadTimeline(r.actor, r.dossierCode, () => ({ html: `<p>${r.dossierCode}</p>` }))],
  [Deliveries, (r) => byDossier(r.dossierCode, (d) => ({ ok: true, data: [{ dossierCode: d.code, recipient: '09******78' }] }))],
  [deadLetterRpcs('intake').list, () => ({ ok: true, data: [] })],
  [deadLetterRpcs('intake').replay, () => ({ ok: true, data: { replayed: true } })],
  [DossierStatusRpc, (r) => byDossier(r.dossierCode, (d) => ({ ok: true, data: { dossierCode: d.code, procedureName: 'x', status: 'received', statusText: 'x', receivedAt: 'x', appointmentAt: 'x', collectAt: null, updatedAt: 'x' } }))],
  [PublicCatalogue, () => ({ ok: true, data: [] })],
];

export async function playScopedServices(stub: DownstreamStub): Promise<void> {
  for (const [contract, answer] of SCOPED_ANSWERS) await stub.answer(contract, answer);
}
