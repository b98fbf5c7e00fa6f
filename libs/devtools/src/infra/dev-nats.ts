// NATS for `npm start`: NATS_URL → a server with JetStream on 127.0.0.1:4222 → `nats-server` started by us on
// 127.0.0.1:4223 with data in .data/nats → a clear message.
import path from 'node:path';
import { probeJetStream } from '@motcua/testing';
import { findNatsServer, startNatsServer } from './nats-server';
import { notOurs, type DevResource } from './resource';

export const LOCAL_NATS = 'nats://127.0.0.1:4222';
export const OWN_NATS_PORT = 4223;

export async function resolveDevNats(root: string, say: (m: string) => void): Promise<DevResource> {
  const fromEnv = process.env.NATS_URL;
  if (fromEnv) {
    const probe = await probeJetStream(fromEnv, 3000);
    if (!probe.ok) throw new Error(`NATS_URL=${fromEnv} is not usable (${probe.reason}). Fix or unset it.`);
    return { url: fromEnv, description: 'NATS_URL', stop: notOurs };
  }

  const tried: string[] = [];
  const local = await probeJetStream(LOCAL_NATS, 1500);
  if (local.ok) return { url: LOCAL_NATS, description: 'local server on 127.0.0.1:4222', stop: notOurs };
  tried.push(`${LOCAL_NATS}: ${local.reason}`);

  const ownUrl = `nats://127.0.0.1:${OWN_NATS_PORT}`;
  if ((await probeJetStream(ownUrl, 1500)).ok) {
    return { url: ownUrl, description: `already running on 127.0.0.1:${OWN_NATS_PORT} (left by an earlier run?)`, stop: notOurs };
  }

  const binary = findNatsServer();
  if (binary) {
    say(`no NATS with JetStream on 127.0.0.1:4222; starting ${binary} on port ${OWN_NATS_PORT}`);
    try {
      return await startNatsServer(binary, path.join(root, '.data', 'nats'), OWN_NATS_PORT);
    } catch (err) {
      tried.push(`${binary}: ${(err as Error).message}`);
    }
  } else {
    tried.push('nats-server: not found in PATH');
  }
  throw new Error(
    `No NATS with JetStream. Tried:\n  - ${tried.join('\n  - ')}\n` +
      'Install nats-server (https://github.com/nats-io/nats-server/releases, or `apt-get install nats-server`), ' +
      'or run `docker run -d -p 4222:4222 nats:2.10 -js`, or set NATS_URL.',
  );
}
