import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DeskInbox, GetDossier, HandOverResult, SubmitDossier, type RpcContract } from '@motcua/contracts';
import { naming, RpcClient } from '@motcua/messaging';
import { intakeService } from './intake.service';
import { applicant, deskClerk, householdBusiness, putReference } from './__tests__/reference-fixture';
import { ServiceEnvironment } from '@motcua/service-testing';

/**
 * ARCHITECTURE.md, Guarantees: bad input gets a clear 4xx with the field and the reason, never a 500, and changes
 * nothing. Every command and query of intake, fed malformed requests straight over NATS (as a buggy or hostile
 * caller could, past the gateway).
 */
const clerk = deskClerk('29972');
const key = () => `bad-${randomUUID()}`;
const dossierCode = '000.72.69.H20-200101-0001';

interface Case {
  name: string;
  contract: RpcContract<any, any>;
  request: unknown;
  status: number;
  field?: string;
}
const c = (name: string, contract: RpcContract<any, any>, request: unknown, status: number, field?: string): Case => ({ name, contract, request, status, field });

const cases: Case[] = [
  // submit-dossier: the envelope
  c('submit: no idempotency key', SubmitDossier, { actor: clerk, body: householdBusiness }, 400, 'idempotencyKey'),
  c('submit: idempotency key too short', SubmitDossier, { idempotencyKey: 'abc', actor: clerk, body: householdBusiness }, 400, 'idempotencyKey'),
  c('submit: idempotency key with spaces', SubmitDossier, { idempotencyKey: 'a key with spaces', actor: clerk, body: householdBusiness }, 400, 'idempotencyKey'),
  c('submit: actor is a string', SubmitDossier, { idempotencyKey: key(), actor: 'clerk', body: householdBusiness }, 400, 'actor'),
  c('submit: unknown role', SubmitDossier, { idempotencyKey: key(), actor: { ...clerk, roles: ['mayor'] }, body: householdBusiness }, 400, 'actor.roles'),
  c('submit: roles not a list', SubmitDossier, { idempotencyKey: key(), actor: { ...clerk, roles: 'desk-clerk' }, body: householdBusiness }, 400, 'actor.roles'),
  c('submit: empty unit code', SubmitDossier, { idempotencyKey: key(), actor: { ...clerk, unitCode: '' }, body: householdBusiness }, 400, 'actor.unitCode'),
  c('submit: extra top-level field', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: householdBusiness, admin: true }, 400, 'admin'),
  // submit-dossier: the body
  c('submit: body is a string', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: 'dossier' }, 400, 'body'),
  c('submit: no procedure code', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, procedureCode: undefined } }, 400, 'body.procedureCode'),
  c('submit: procedure code a number', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, procedureCode: 1001612 } }, 400, 'body.procedureCode'),
  c('submit: unknown channel', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, channel: 'fax' } }, 400, 'body.channel'),
  c('submit: unknown result delivery', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, resultDelivery: 'drone' } }, 400, 'body.resultDelivery'),
  c('submit: phone not Vietnamese', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, applicant: { ...applicant, phone: '12345' } } }, 400, 'body.applicant.phone'),
  c('submit: ID number of 9 digits', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, applicant: { ...applicant, idNumber: '123456789' } } }, 400, 'body.applicant.idNumber'),
  c('submit: bad e-mail', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, applicant: { ...applicant, email: 'hong@' } } }, 400, 'body.applicant.email'),
  c('submit: one-letter name', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, applicant: { ...applicant, fullName: 'H' } } }, 400, 'body.applicant.fullName'),
  c('submit: name of 121 letters', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, applicant: { ...applicant, fullName: 'x'.repeat(121) } } }, 400, 'body.applicant.fullName'),
  c('submit: documents not a list', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, documents: { code: 'giay-de-nghi' } } }, 400, 'body.documents'),
  c('submit: a null document', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, documents: [null] } }, 400, 'body.documents.0'),
  c('submit: present not a boolean', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, documents: [{ code: 'giay-de-nghi', present: 'yes' }] } }, 400, 'body.documents.0.present'),
  c('submit: count 0', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, documents: [{ code: 'giay-de-nghi', present: true, count: 0 }] } }, 400, 'body.documents.0.count'),
  c('submit: count 1.5', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, documents: [{ code: 'giay-de-nghi', present: true, count: 1.5 }] } }, 400, 'body.documents.0.count'),
  c('submit: count 1e300', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, documents: [{ code: 'giay-de-nghi', present: true, count: 1e300 }] } }, 400, 'body.documents.0.count'),
  c('submit: 101 documents', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, documents: Array.from({ length: 101 }, () => ({ code: 'giay-de-nghi', present: true })) } }, 400, 'body.documents'),
  c('submit: unknown procedure', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, procedureCode: 'x'.repeat(64) } }, 400, 'procedureCode'),
  c('submit: document the procedure does not ask for', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, documents: [{ code: '../../etc', present: true }] } }, 400, 'documents[0].code'),
  // An incomplete dossier is no bad input: it records form 02 (submit-dossier.int-spec.ts).
  c('submit: ID number with no province of birth', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, applicant: { ...applicant, idNumber: '003190001234' } } }, 400, 'applicant.idNumber'),
  c('submit: legacy CMND of 12 digits', SubmitDossier, { idempotencyKey: key(), actor: clerk, body: { ...householdBusiness, applicant: { ...applicant, legacyIdNumber: '087190001234' } } }, 400, 'body.applicant.legacyIdNumber'),
  c('submit: unit unknown to the catalogue', SubmitDossier, { idempotencyKey: key(), actor: deskClerk('99999'), body: householdBusiness }, 404),
  // hand-over-result
  c('hand-over: dossier code of the wrong shape', HandOverResult, { idempotencyKey: key(), actor: clerk, dossierCode: 'DROP TABLE', body: { method: 'desk' } }, 400, 'dossierCode'),
  c('hand-over: unknown method', HandOverResult, { idempotencyKey: key(), actor: clerk, dossierCode, body: { method: 'pigeon' } }, 400, 'body.method'),
  c('hand-over: unknown dossier', HandOverResult, { idempotencyKey: key(), actor: clerk, dossierCode, body: { method: 'desk' } }, 404),
  // queries
  c('desk inbox: unknown status', DeskInbox, { actor: clerk, status: 'lost' }, 400, 'status'),
  c('dossier: code of the wrong shape', GetDossier, { actor: clerk, dossierCode: "x' OR 1=1 --" }, 400, 'dossierCode'),
  c('dossier: unknown', GetDossier, { actor: clerk, dossierCode }, 404),
];

describe('intake: bad input never produces a 500, and changes nothing', () => {
  const world = new ServiceEnvironment(intakeService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await world.start();
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  const footprint = async () => ({
    dossiers: await world.count('SELECT 1 FROM intake.dossiers'),
    outbox: await world.count('SELECT 1 FROM intake.outbox'),
    keys: await world.count('SELECT 1 FROM intake.idempotency_keys'),
    sequences: await world.count('SELECT 1 FROM intake.dossier_sequences'),
  });

  it.each(cases)('$name → $status', async ({ contract, request, status, field }) => {
    const before = await footprint();
    const error = await rpc.call(contract, request as object).then(
      (value) => ({ status: 200, value }),
      (e) => e,
    );
    expect(error.status).toBe(status);
    expect(typeof error.message).toBe('string');
    if (field) expect(error.fields?.map((f: { field: string }) => f.field)).toContain(field);
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ['not JSON', '{"idempotencyKey": '],
    ['empty', ''],
    ['null', 'null'],
    ['a list', '[]'],
    ['a number', '42'],
    ['a string', '"submit"'],
  ])('answers a raw request body that is %s with 400', async (_name, raw) => {
    for (const subject of [SubmitDossier.subject, HandOverResult.subject, DeskInbox.subject, GetDossier.subject]) {
      const msg = await world.nc.request(naming.subject(world.prefix, subject), raw, { timeout: 5_000 });
      const reply = msg.json<{ ok: boolean; error?: { status: number; fields?: { field: string }[] } }>();
      expect(reply.ok).toBe(false);
      expect(reply.error?.status).toBe(400);
      expect(reply.error?.fields?.[0].field).toBe('(body)');
    }
  });

  it('still receives a good dossier after all that', async () => {
    const receipt = await rpc.call(SubmitDossier, { idempotencyKey: key(), actor: clerk, body: householdBusiness });
    expect(receipt.dossierCode).toMatch(/-0001$/);
  });
});
