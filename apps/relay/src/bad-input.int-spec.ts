import 'reflect-metadata';
import { AcknowledgeTransfer, DossierRouted, GetTransfer, OfficeInbox, ResolveTransfer, type RpcContract } from '@motcua/contracts';
import { naming, RpcClient } from '@motcua/messaging';
import { relayService } from './relay.service';
import { key, messageIdOf, officeHandler, routed } from './__tests__/relay-fixture';
import { eventually, ServiceEnvironment } from '@motcua/service-testing';

/**
 * ARCHITECTURE.md, Guarantees: bad input gets a clear 4xx with the field and the reason, never a 500, and changes
 * nothing. Relay's commands and queries, fed malformed requests straight over NATS, against a real transfer
 * (acknowledged, so that a request slipping through validation would resolve it and show in the footprint).
 */
const handler = officeHandler('869');
let transferId = '';

interface Case {
  name: string;
  contract: RpcContract<any, any>;
  request: () => unknown;
  status: number;
  field?: string;
}
const c = (name: string, contract: RpcContract<any, any>, request: () => unknown, status: number, field?: string): Case => ({ name, contract, request, status, field });
const resolution = { resultRef: 'QD-01/2026', summary: 'Cấp giấy' };

const cases: Case[] = [
  // office inbox
  c('inbox: unknown status', OfficeInbox, () => ({ actor: handler, status: 'lost' }), 400, 'status'),
  c('inbox: page 0', OfficeInbox, () => ({ actor: handler, page: 0 }), 400, 'page'),
  c('inbox: page -1', OfficeInbox, () => ({ actor: handler, page: -1 }), 400, 'page'),
  c('inbox: page 1.5', OfficeInbox, () => ({ actor: handler, page: 1.5 }), 400, 'page'),
  c('inbox: page as a string', OfficeInbox, () => ({ actor: handler, page: '2' }), 400, 'page'),
  c('inbox: pageSize 0', OfficeInbox, () => ({ actor: handler, pageSize: 0 }), 400, 'pageSize'),
  c('inbox: pageSize 201', OfficeInbox, () => ({ actor: handler, pageSize: 201 }), 400, 'pageSize'),
  c('inbox: actor is a string', OfficeInbox, () => ({ actor: 'handler' }), 400, 'actor'),
  c('inbox: unknown role', OfficeInbox, () => ({ actor: { ...handler, roles: ['root'] } }), 400, 'actor.roles'),
  c('inbox: unit code too long', OfficeInbox, () => ({ actor: { ...handler, unitCode: '8'.repeat(33) } }), 400, 'actor.unitCode'),
  c('inbox: extra field', OfficeInbox, () => ({ actor: handler, where: '1=1' }), 400, 'where'),
  c('inbox: dossier code with a wildcard', OfficeInbox, () => ({ actor: handler, dossierCode: "%' OR 1=1 --" }), 400, 'dossierCode'),
  c('inbox: dossier code of 2 characters', OfficeInbox, () => ({ actor: handler, dossierCode: 'H2' }), 400, 'dossierCode'),
  c('inbox: dossier code of 65 characters', OfficeInbox, () => ({ actor: handler, dossierCode: '0'.repeat(65) }), 400, 'dossierCode'),
  c('inbox: dossier code a number', OfficeInbox, () => ({ actor: handler, dossierCode: 261120 }), 400, 'dossierCode'),
  // one transfer
  c('get transfer: id not a UUID', GetTransfer, () => ({ actor: handler, transferId: "1' OR '1'='1" }), 400, 'transferId'),
  c('get transfer: no id', GetTransfer, () => ({ actor: handler }), 400, 'transferId'),
  c('get transfer: unknown transfer', GetTransfer, () => ({ actor: handler, transferId: '3f1e8a52-8c1d-4b6e-9a57-2f0c4d1e9b70' }), 404),
  c('get transfer: extra field', GetTransfer, () => ({ actor: handler, transferId, status: 'resolved' }), 400, 'status'),
  // version
  c('acknowledge: version 0', AcknowledgeTransfer, () => ({ idempotencyKey: key(), actor: handler, transferId, expectedVersion: 0 }), 400, 'expectedVersion'),
  c('resolve: version a string', ResolveTransfer, () => ({ idempotencyKey: key(), actor: handler, transferId, expectedVersion: '1', body: resolution }), 400, 'expectedVersion'),
  // acknowledge
  c('acknowledge: transfer id not a UUID', AcknowledgeTransfer, () => ({ idempotencyKey: key(), actor: handler, transferId: "1' OR '1'='1" }), 400, 'transferId'),
  c('acknowledge: no transfer id', AcknowledgeTransfer, () => ({ idempotencyKey: key(), actor: handler }), 400, 'transferId'),
  c('acknowledge: no idempotency key', AcknowledgeTransfer, () => ({ actor: handler, transferId }), 400, 'idempotencyKey'),
  c('acknowledge: idempotency key of 129 characters', AcknowledgeTransfer, () => ({ idempotencyKey: 'k'.repeat(129), actor: handler, transferId }), 400, 'idempotencyKey'),
  c('acknowledge: unknown transfer', AcknowledgeTransfer, () => ({ idempotencyKey: key(), actor: handler, transferId: '3f1e8a52-8c1d-4b6e-9a57-2f0c4d1e9b70' }), 404),
  // resolve
  c('resolve: empty result reference', ResolveTransfer, () => ({ idempotencyKey: key(), actor: handler, transferId, body: { ...resolution, resultRef: '' } }), 400, 'body.resultRef'),
  c('resolve: no summary', ResolveTransfer, () => ({ idempotencyKey: key(), actor: handler, transferId, body: { resultRef: resolution.resultRef } }), 400, 'body.summary'),
  c('resolve: summary of 1001 characters', ResolveTransfer, () => ({ idempotencyKey: key(), actor: handler, transferId, body: { ...resolution, summary: 's'.repeat(1001) } }), 400, 'body.summary'),
  c('resolve: result reference a number', ResolveTransfer, () => ({ idempotencyKey: key(), actor: handler, transferId, body: { ...resolution, resultRef: 42 } }), 400, 'body.resultRef'),
  c('resolve: body is a string', ResolveTransfer, () => ({ idempotencyKey: key(), actor: handler, transferId, body: 'done' }), 400, 'body'),
  c('resolve: extra body field', ResolveTransfer, () => ({ idempotencyKey: key(), actor: handler, transferId, body: { ...resolution, status: 'resolved' } }), 400, 'body.status'),
  c('resolve: transfer id not a UUID', ResolveTransfer, () => ({ idempotencyKey: key(), actor: handler, transferId: 'x', body: resolution }), 400, 'transferId'),
  c('resolve: unknown transfer', ResolveTransfer, () => ({ idempotencyKey: key(), actor: handler, transferId: '3f1e8a52-8c1d-4b6e-9a57-2f0c4d1e9b70', body: resolution }), 404),
];

describe('relay: bad input never produces a 500, and changes nothing', () => {
  const world = new ServiceEnvironment(relayService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await world.start();
    rpc = world.rpc();
    const event = routed();
    await world.publish(DossierRouted, event, messageIdOf(event));
    transferId = (await eventually(() => world.query('SELECT id FROM relay.transfers WHERE dossier_code = $1', [event.dossierCode]), (rows) => rows.length === 1))[0].id;
    await rpc.call(AcknowledgeTransfer, { idempotencyKey: key(), actor: handler, transferId });
  });
  afterAll(() => world.tearDown());

  const footprint = async () => ({
    transfers: await world.query('SELECT id, status, version, result_ref FROM relay.transfers ORDER BY id'),
    handovers: await world.count('SELECT 1 FROM relay.handovers'),
    outbox: await world.count('SELECT 1 FROM relay.outbox'),
    keys: await world.count('SELECT 1 FROM relay.idempotency_keys'),
  });

  it.each(cases)('$name → $status', async ({ contract, request, status, field }) => {
    const before = await footprint();
    const error = await rpc.call(contract, request() as object).then(
      (value) => ({ status: 200, value }),
      (e) => e,
    );
    expect(error.status).toBe(status);
    expect(typeof error.message).toBe('string');
    if (field) expect(error.fields?.map((f: { field: string }) => f.field)).toContain(field);
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ['not JSON', '{"transferId": '],
    ['empty', ''],
    ['null', 'null'],
    ['a list', '[{}]'],
    ['a number', '7'],
  ])('answers a raw request body that is %s with 400', async (_name, raw) => {
    for (const subject of [OfficeInbox.subject, AcknowledgeTransfer.subject, ResolveTransfer.subject]) {
      const msg = await world.nc.request(naming.subject(world.prefix, subject), raw, { timeout: 5_000 });
      const reply = msg.json<{ ok: boolean; error?: { status: number; fields?: { field: string }[] } }>();
      expect(reply.ok).toBe(false);
      expect(reply.error?.status).toBe(400);
      expect(reply.error?.fields?.[0].field).toBe('(body)');
    }
  });

  it('still resolves the transfer with a good request after all that', async () => {
    const view = await rpc.call(ResolveTransfer, { idempotencyKey: key(), actor: handler, transferId, body: resolution });
    expect(view).toMatchObject({ status: 'resolved', resultRef: resolution.resultRef });
  });
});
