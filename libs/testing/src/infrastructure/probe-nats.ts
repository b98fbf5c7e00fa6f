import { connect } from '@nats-io/transport-node';
import { describeError, type ProbeResult } from './probe-postgres';

/** `nats://a:4222,nats://b:4222` → server list for `connect`. */
export function natsServers(url: string): string[] {
  return url
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Connects once and asks `$JS.API.INFO`: ok only if the server answers and JetStream is enabled. Never throws. */
export async function probeJetStream(url: string, timeoutMs = 2000): Promise<ProbeResult> {
  let nc: Awaited<ReturnType<typeof connect>> | undefined;
  try {
    nc = await connect({ servers: natsServers(url), timeout: timeoutMs, reconnect: false, name: 'motcua-probe' });
  } catch (err) {
    return { ok: false, reason: describeError(err) };
  }
  try {
    const reply = await nc.request('$JS.API.INFO', '', { timeout: timeoutMs });
    const info = reply.json<{ error?: { description?: string } }>();
    if (info.error) return { ok: false, reason: `JetStream: ${info.error.description ?? 'error'}` };
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: `JetStream not enabled (${describeError(err)}); start nats-server with -js` };
  } finally {
    await nc.close().catch(() => undefined);
  }
}
