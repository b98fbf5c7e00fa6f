import { DeskCatalogue, PublicCatalogue, type StaffActor } from '@motcua/contracts';
import type { RpcClient } from '@motcua/messaging';
import { failure, ServiceEnvironment } from '@motcua/service-testing';
import { routingService } from '../routing.service';

const clerk: StaffActor = { staffId: 'clerk.tanphuoc', unitCode: '29972', roles: ['desk-clerk'] };

describe('routing: the desk catalogue', () => {
  const world = new ServiceEnvironment(routingService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await world.start();
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  it('gives the desk exactly what it may receive, as the public catalogue of that unit lists it, but whole', async () => {
    const desk = await rpc.call(DeskCatalogue, { actor: clerk });
    const publicList = await rpc.call(PublicCatalogue, { unitCode: '29972' });
    expect(desk.unitCode).toBe('29972');
    expect(desk.procedures.map((p) => p.code).sort()).toEqual(publicList.map((p) => p.code).sort());
    const land = desk.procedures.find((p) => p.code === '2.001458')!;
    // what the receive form needs and the public view leaves out
    expect(land.documents.map((d) => d.code)).toEqual(['don-dang-ky-bien-dong', 'hop-dong', 'giay-chung-nhan']);
    expect(desk.procedures.some((p) => p.documents.some((d) => d.fillOnBehalf === true))).toBe(true);
  });

  it('lists only bundles whose every procedure this desk may receive, and searches without diacritics', async () => {
    const desk = await rpc.call(DeskCatalogue, { actor: clerk });
    const codes = new Set(desk.procedures.map((p) => p.code));
    expect(desk.bundles.length).toBeGreaterThan(0);
    for (const b of desk.bundles) expect(b.procedureCodes.filter((c) => !codes.has(c))).toEqual([]);
    const found = await rpc.call(DeskCatalogue, { actor: clerk, search: 'bien dong quyen su dung dat' });
    expect(found.procedures.map((p) => p.code)).toEqual(['2.001458']);
  });

  it('is for desk staff of a unit that exists', async () => {
    expect(await failure(rpc.call(DeskCatalogue, { actor: { ...clerk, roles: ['office-handler'] } }))).toMatchObject({ status: 403 });
    expect(await failure(rpc.call(DeskCatalogue, { actor: { ...clerk, unitCode: '99999' } }))).toMatchObject({ status: 404 });
  });
});
