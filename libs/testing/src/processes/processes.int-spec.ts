import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { manageService } from './managed-service';
import { freePort } from './ports';
import { startServiceProcess, type ServiceProcess } from './service-process';
import { startSystem } from './system';
import { httpStatus } from './wait-http';

// A stand-in service honouring the service contract (see the file).
const FAKE = 'libs/devtools/src/__fixtures__/fake-service.cjs';

describe('service processes', () => {
  const started: ServiceProcess[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((p) => p.kill()));
  });

  it('starts a service, waits for /health/ready, stops it with SIGTERM', async () => {
    const lines: string[] = [];
    const proc = startServiceProcess('intake', { PORT: String(await freePort()) }, { entry: FAKE, output: (l) => lines.push(l) });
    started.push(proc);
    await proc.waitReady(15_000);
    expect(await httpStatus(`${proc.url}/health/ready`)).toBe(200);

    expect(await proc.stop()).toEqual({ code: 0, signal: null });
    expect(proc.running).toBe(false);
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['listening', 'ready', 'shutting down']);
  });

  it('rejects waitReady with the last output when the service dies first', async () => {
    const proc = startServiceProcess('routing', { PORT: String(await freePort()), FAKE_READY_AFTER_MS: '5000', FAKE_CRASH_AFTER_MS: '100' }, { entry: FAKE, output: 'silent' });
    started.push(proc);
    await expect(proc.waitReady(10_000)).rejects.toThrow(/routing exited \(code 1\)[\s\S]*crashing on purpose/);
  });

  it('rejects waitReady after the timeout', async () => {
    const proc = startServiceProcess('relay', { PORT: String(await freePort()), FAKE_READY_AFTER_MS: '10000' }, { entry: FAKE, output: 'silent' });
    started.push(proc);
    await expect(proc.waitReady(600)).rejects.toThrow(/relay not ready after 600 ms/);
  });

  it('escalates to SIGKILL when SIGTERM is ignored', async () => {
    const proc = startServiceProcess('tracking', { PORT: String(await freePort()), FAKE_IGNORE_SIGTERM: '1' }, { entry: FAKE, output: 'silent' });
    started.push(proc);
    await proc.waitReady(15_000);
    expect(await proc.stop('SIGTERM', 300)).toEqual({ code: null, signal: 'SIGKILL' });
  });

  it('says which entry file is missing', () => {
    expect(() => startServiceProcess('nowhere', { PORT: '1' }, { entry: 'apps/nowhere/src/main.ts' })).toThrow(/apps\/nowhere\/src\/main.ts does not exist/);
  });
});

describe('manageService', () => {
  it('restarts a service that dies, and waitReady follows the restart', async () => {
    const marker = path.join(mkdtempSync(path.join(tmpdir(), 'motcua-')), 'crashed');
    const messages: string[] = [];
    const svc = manageService(
      'notification',
      await freePort(),
      { FAKE_READY_AFTER_MS: '400', FAKE_CRASH_AFTER_MS: '150', FAKE_CRASH_ONCE_FILE: marker },
      { entry: FAKE, output: 'silent', restart: { initialDelayMs: 100 }, log: (m) => messages.push(m) },
    );
    const first = svc.start();
    try {
      await svc.waitReady(15_000);
      expect(svc.restarts).toBe(1);
      expect(svc.process).not.toBe(first);
      expect(messages).toEqual([expect.stringMatching(/notification exited unexpectedly \(code 1\); restarting in 0.1 s/)]);

      // A drill: SIGKILL, the supervisor brings it back.
      await svc.kill();
      await svc.waitReady(15_000);
      expect(svc.restarts).toBe(2);
    } finally {
      await svc.stop();
    }
    expect(svc.process?.running).toBe(false);
  });
});

describe('startSystem', () => {
  it('starts the chosen services with the contract environment and stops them all', async () => {
    const lines: string[] = [];
    const system = await startSystem({
      databaseUrl: '',
      natsUrl: '',
      services: ['gateway', 'intake'],
      ports: { gateway: await freePort(), intake: await freePort() },
      prefix: 'tdeadbeef',
      seedDemo: true,
      entry: () => FAKE,
      output: (l) => lines.push(l),
      readyTimeoutMs: 15_000,
    });
    try {
      expect([...system.services.keys()]).toEqual(['gateway', 'intake']);
      expect(system.gatewayUrl).toBe(system.service('gateway').url);
      expect(await httpStatus(`${system.service('intake').url}/health/ready`)).toBe(200);
      const listening = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'listening');
      expect(listening).toHaveLength(2);
      for (const l of listening) expect(l).toMatchObject({ prefix: 'tdeadbeef', seedDemo: '1' });
      expect(() => system.service('relay')).toThrow(/relay is not part of this system/);
    } finally {
      await system.stop();
    }
    for (const s of system.services.values()) expect(s.process?.running).toBe(false);
  });

  it('refuses ports that are taken', async () => {
    const first = startServiceProcess('gateway', { PORT: String(await freePort()) }, { entry: FAKE, output: 'silent' });
    try {
      await first.waitReady(15_000);
      await expect(
        startSystem({ databaseUrl: '', natsUrl: '', services: ['gateway'], ports: { gateway: first.port }, entry: () => FAKE, output: 'silent' }),
      ).rejects.toThrow(/port already in use for gateway/);
    } finally {
      await first.stop();
    }
  });
});
