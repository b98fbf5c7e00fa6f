import { AppError, DossierStatusRpc, GetDossier, SubmitDossier } from '@motcua/contracts';
import type { RpcClient } from '@motcua/messaging';
import { gatewayConfigFromEnv } from '../config/gateway-config';
import { Downstream } from './downstream';
import { currentLane, DownstreamSlots, InFlightLimit, publicLaneMiddleware } from './in-flight-limit';

describe('InFlightLimit', () => {
  it('gives `max` slots at once, refuses the next, and gives a slot again when one is released', () => {
    const limit = new InFlightLimit(2);
    expect([limit.tryAcquire(), limit.tryAcquire(), limit.tryAcquire()]).toEqual([true, true, false]);
    limit.release();
    expect(limit.tryAcquire()).toBe(true);
    expect(limit.current).toBe(2);
  });

  it('never counts below zero', () => {
    const limit = new InFlightLimit(1);
    limit.release();
    expect(limit.tryAcquire()).toBe(true);
    expect(limit.tryAcquire()).toBe(false);
  });
});

describe('DownstreamSlots', () => {
  it('counts each service apart', () => {
    const slots = new DownstreamSlots(1, 1);
    expect(slots.acquire('intake', 'staff')).toBeDefined();
    expect(slots.acquire('intake', 'staff')).toBeUndefined();
    expect(slots.acquire('relay', 'staff')).toBeDefined();
    expect(slots.inFlight()).toEqual({ services: { intake: 1, relay: 1 }, public: 0 });
  });

  it('holds the public lane to its own cap, leaving the rest of the service to staff', () => {
    const slots = new DownstreamSlots(3, 2);
    const publicOnes = [slots.acquire('tracking', 'public'), slots.acquire('tracking', 'public')];
    expect(publicOnes.every(Boolean)).toBe(true);
    expect(slots.acquire('tracking', 'public')).toBeUndefined();
    expect(slots.acquire('routing', 'public')).toBeUndefined(); // the public cap is for all services together
    expect(slots.acquire('tracking', 'staff')).toBeDefined();
    expect(slots.acquire('tracking', 'staff')).toBeUndefined(); // the service's cap counts both lanes
    publicOnes[0]!();
    expect(slots.acquire('tracking', 'public')).toBeDefined();
    expect(slots.acquire('routing', 'public')).toBeUndefined();
    expect(slots.inFlight()).toEqual({ services: { tracking: 3, routing: 0 }, public: 2 });
    expect(slots.takeShedCount()).toBe(4);
    expect(slots.takeShedCount()).toBe(0);
  });

  it('gives back a public slot when the service itself is full', () => {
    const slots = new DownstreamSlots(1, 1);
    slots.acquire('tracking', 'staff');
    expect(slots.acquire('tracking', 'public')).toBeUndefined();
    expect(slots.inFlight().public).toBe(0);
    expect(slots.acquire('routing', 'public')).toBeDefined();
  });

  it('releases once, however often the release is called', () => {
    const slots = new DownstreamSlots(2, 1);
    const release = slots.acquire('intake', 'public')!;
    slots.acquire('intake', 'staff');
    release();
    release();
    expect(slots.inFlight()).toEqual({ services: { intake: 1 }, public: 0 });
  });
});

describe('the public lane', () => {
  it('is the lane of everything under publicLaneMiddleware, staff elsewhere', async () => {
    expect(currentLane()).toBe('staff');
    const seen = await new Promise<string>((resolve) => publicLaneMiddleware({} as never, {} as never, () => void setTimeout(() => resolve(currentLane()), 1)));
    expect(seen).toBe('public');
    expect(currentLane()).toBe('staff');
  });
});

describe('Downstream with a cap', () => {
  function setUp(env: Record<string, string>) {
    const pending: { resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
    const rpc = { call: () => new Promise((resolve, reject) => pending.push({ resolve, reject })) } as unknown as RpcClient;
    return { downstream: new Downstream(rpc, gatewayConfigFromEnv(env)), pending };
  }
  const actor = { staffId: 's', unitCode: '29972', roles: ['desk-clerk'] } as never;

  it('refuses the call beyond the cap at once with 503 overloaded, Retry-After and a Vietnamese message, sending nothing', async () => {
    const { downstream, pending } = setUp({ GATEWAY_MAX_IN_FLIGHT: '2' });
    const first = [downstream.call(GetDossier, { actor, dossierCode: 'x' }), downstream.call(GetDossier, { actor, dossierCode: 'y' })];
    const refused = downstream.call(GetDossier, { actor, dossierCode: 'z' });
    await expect(refused).rejects.toMatchObject({ status: 503, code: 'overloaded', retryAfterSeconds: 2, message: expect.stringContaining('thử lại sau') });
    expect(pending).toHaveLength(2);
    pending.forEach((p, i) => p.resolve({ i }));
    await expect(Promise.all(first)).resolves.toEqual([{ i: 0 }, { i: 1 }]);
  });

  it('frees the slot whatever the outcome: answer, service error, timeout', async () => {
    const { downstream, pending } = setUp({ GATEWAY_MAX_IN_FLIGHT: '1' });
    const failing = downstream.call(SubmitDossier, {} as never);
    pending[0].reject(new AppError(422, 'rule', 'x'));
    await expect(failing).rejects.toMatchObject({ status: 422 });
    const silent = downstream.call(SubmitDossier, {} as never);
    pending[1].reject(new AppError(503, 'service_unavailable', 'no answer'));
    await expect(silent).rejects.toMatchObject({ status: 503, code: 'service_unavailable' });
    const next = downstream.call(SubmitDossier, {} as never);
    pending[2].resolve('ok');
    await expect(next).resolves.toBe('ok');
    expect(downstream.slots.inFlight()).toEqual({ services: { intake: 0 }, public: 0 });
  });

  it('counts public calls against the public cap', async () => {
    const { downstream, pending } = setUp({ GATEWAY_MAX_IN_FLIGHT: '4', GATEWAY_MAX_IN_FLIGHT_PUBLIC: '1' });
    // Started inside the lane, awaited outside it (wrapped: a promise resolved with a promise would wait for it).
    const inPublicLane = <T>(work: () => Promise<T>) => {
      let started!: Promise<T>;
      publicLaneMiddleware({} as never, {} as never, () => void (started = work()));
      return started;
    };
    const first = inPublicLane(() => downstream.call(DossierStatusRpc, { dossierCode: 'a', secondFactor: '1234' }));
    await expect(inPublicLane(() => downstream.call(DossierStatusRpc, { dossierCode: 'b', secondFactor: '1234' }))).rejects.toMatchObject({ code: 'overloaded' });
    const staff = downstream.call(DossierStatusRpc, { dossierCode: 'c', secondFactor: '1234' });
    expect(pending).toHaveLength(2);
    pending.forEach((p) => p.resolve('ok'));
    await expect(Promise.all([first, staff])).resolves.toEqual(['ok', 'ok']);
  });
});
