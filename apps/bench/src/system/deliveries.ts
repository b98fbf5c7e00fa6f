import { Client } from 'pg';

export interface DeliveryRow {
  id: string;
  dossierCode: string;
  template: string;
  channel: string;
  status: string;
}

/** What a template stands for in the lifecycle: 'receipt', 'result-ready' (any variant: desk, post, home), or itself. */
export function deliveryKind(template: string): string {
  if (template === 'receipt') return 'receipt';
  if (template.startsWith('result-ready')) return 'result-ready';
  return template;
}

/** The notification ledger (read-only): which delivery id is which dossier's which message on which channel. */
export async function readDeliveries(databaseUrl: string, codes?: readonly string[]): Promise<DeliveryRow[]> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT id::text AS id, dossier_code, template, channel, status FROM notification.deliveries WHERE ($1::text[] IS NULL OR dossier_code = ANY($1))`,
      [codes ?? null],
    );
    return rows.map((r) => ({ id: r.id, dossierCode: r.dossier_code, template: r.template, channel: r.channel, status: r.status }));
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * When the last of `channels` of a dossier's `kind` message reached the sink, per dossier (only dossiers where
 * all of them did).
 */
export function notifiedAt(rows: DeliveryRow[], firstSeen: ReadonlyMap<string, number>, kind: string, channels: readonly string[]): Map<string, number> {
  const per = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (deliveryKind(r.template) !== kind) continue;
    const seen = firstSeen.get(r.id);
    if (seen === undefined) continue;
    let m = per.get(r.dossierCode);
    if (!m) per.set(r.dossierCode, (m = new Map()));
    m.set(r.channel, Math.min(seen, m.get(r.channel) ?? Infinity));
  }
  const out = new Map<string, number>();
  for (const [code, m] of per) if (channels.every((c) => m.has(c))) out.set(code, Math.max(...channels.map((c) => m.get(c)!)));
  return out;
}
