import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { quoteIdent, withClient } from '@motcua/testing';

/** One transaction shape measured against the bare server. */
export interface PgShape {
  name: string;
  description: string;
  /** pgbench script (one transaction). */
  script: string;
}

const APPLICANT = JSON.stringify({
  fullName: 'Nguyễn Thị Hồng',
  idNumber: '087190001234',
  phone: '0912345678',
  email: 'hong@example.vn',
  address: 'Ấp Phước Tiên, xã Tân Phước, huyện Tân Hồng',
});
const DOCUMENTS = JSON.stringify([
  { code: 'giay-de-nghi', name: 'Giấy đề nghị đăng ký hộ kinh doanh', form: 'original', count: 1 },
  { code: 'giay-to-phap-ly', name: 'Bản sao giấy tờ pháp lý của cá nhân', form: 'copy', count: 1 },
]);
// About the size of intake's dossier.received payload (with the hashed lookup factors).
const EVENT = JSON.stringify({
  dossierCode: '000.72.69.H20-260101-0001',
  procedureCode: '1.001612',
  procedureName: 'Đăng ký thành lập hộ kinh doanh',
  receivingUnitCode: '29972',
  channel: 'counter',
  resultDelivery: 'desk',
  receivedAt: '2026-01-01T01:00:00.000Z',
  appointmentAt: '2026-01-06T01:00:00.000Z',
  timeLimit: { value: 3, unit: 'working-days' },
  contact: { phone: '0912345678', email: 'hong@example.vn' },
  lookupFactors: ['a'.repeat(64), 'b'.repeat(64)],
});
const RECEIPT = JSON.stringify({ ...JSON.parse(EVENT), applicant: JSON.parse(APPLICANT), documents: JSON.parse(DOCUMENTS), receivedBy: 'clerk' });

const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

const DOSSIER_INSERT = `INSERT INTO raw.dossiers (code, procedure_code, procedure_name, receiving_unit_code, channel, result_delivery, applicant, documents, time_limit, received_at, appointment_at, received_by, status) VALUES ('X-' || nextval('raw.code_seq'), '1.001612', 'Đăng ký thành lập hộ kinh doanh', '29972', 'counter', 'desk', ${lit(APPLICANT)}, ${lit(DOCUMENTS)}, '{"value":3,"unit":"working-days"}', now(), now() + interval '3 days', 'clerk', 'received');`;
const OUTBOX_INSERT = `INSERT INTO raw.outbox (subject, payload) VALUES ('intake.evt.dossier.received.v1', ${lit(EVENT)});`;

export const PG_SHAPES: PgShape[] = [
  {
    name: 'dossier+outbox',
    description: 'one dossier row + one outbox row, one commit (the intake-sized transaction of the issue)',
    script: ['BEGIN;', DOSSIER_INSERT, OUTBOX_INSERT, 'COMMIT;'].join('\n'),
  },
  {
    name: 'as intake commits',
    description: '+ idempotency key row and its response, + the per-agency daily sequence row (one agency: every receipt of a desk takes the same row lock)',
    script: [
      '\\set k random(1, 1000000000000)',
      'BEGIN;',
      `INSERT INTO raw.idempotency_keys (command, key, request_hash) VALUES ('submit-dossier', 'k' || :k, md5(:k::text)) ON CONFLICT DO NOTHING;`,
      `INSERT INTO raw.dossier_sequences (agency_code, day, last_value) VALUES ('000.72.69.H20', current_date, 1) ON CONFLICT (agency_code, day) DO UPDATE SET last_value = raw.dossier_sequences.last_value + 1 RETURNING last_value;`,
      DOSSIER_INSERT,
      OUTBOX_INSERT,
      `UPDATE raw.idempotency_keys SET response = ${lit(RECEIPT)} WHERE command = 'submit-dossier' AND key = 'k' || :k;`,
      'COMMIT;',
    ].join('\n'),
  },
  {
    name: 'point read',
    description: 'SELECT one dossier by primary key (what a status lookup costs the database)',
    script: ["\\set n random(1, 20000)", "SELECT code, status, received_at FROM raw.dossiers WHERE code = 'X-' || :n;"].join('\n'),
  },
];

const SCHEMA_SQL = `
CREATE SCHEMA raw;
CREATE SEQUENCE raw.code_seq;
CREATE TABLE raw.dossiers (code text PRIMARY KEY, procedure_code text NOT NULL, procedure_name text NOT NULL, receiving_unit_code text NOT NULL,
  channel text NOT NULL, result_delivery text NOT NULL, applicant jsonb NOT NULL, documents jsonb NOT NULL, time_limit jsonb NOT NULL,
  received_at timestamptz NOT NULL, appointment_at timestamptz NOT NULL, received_by text NOT NULL, status text NOT NULL, version integer NOT NULL DEFAULT 1);
CREATE INDEX dossiers_desk ON raw.dossiers (receiving_unit_code, status, received_at DESC);
CREATE TABLE raw.outbox (id bigserial PRIMARY KEY, subject text NOT NULL, payload jsonb NOT NULL, headers jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(), published_at timestamptz);
CREATE INDEX outbox_unpublished ON raw.outbox (id) WHERE published_at IS NULL;
CREATE TABLE raw.idempotency_keys (command text NOT NULL, key text NOT NULL, request_hash text NOT NULL, response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (command, key));
CREATE TABLE raw.dossier_sequences (agency_code text NOT NULL, day date NOT NULL, last_value integer NOT NULL, PRIMARY KEY (agency_code, day));
`;

export interface PgPoint {
  connections: number;
  tps: number;
  latencyMs: number;
}

export interface PgShapeResult {
  shape: string;
  description: string;
  points: PgPoint[];
  best: PgPoint;
}

export interface RawPostgresResult {
  tool: string;
  shapes: PgShapeResult[];
}

function parseUrl(url: string): { host: string; port: string; user: string; password?: string } {
  const u = new URL(url);
  return { host: u.hostname, port: u.port || '5432', user: decodeURIComponent(u.username || 'postgres'), password: u.password ? decodeURIComponent(u.password) : undefined };
}

function pgbench(binary: string, url: string, database: string, scriptFile: string, connections: number, seconds: number): Promise<PgPoint> {
  const { host, port, user, password } = parseUrl(url);
  const args = ['-n', '-h', host, '-p', port, '-U', user, '-M', 'prepared', '-f', scriptFile, '-c', String(connections), '-j', String(Math.min(connections, 2)), '-T', String(seconds), database];
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.once('error', reject);
    child.once('exit', (code) => {
      const tps = /tps = ([\d.]+)/.exec(out);
      const lat = /latency average = ([\d.]+) ms/.exec(out);
      if (code !== 0 || !tps) return reject(new Error(`pgbench failed (${code}): ${out.trim().slice(-800)}`));
      resolve({ connections, tps: Number(tps[1]), latencyMs: lat ? Number(lat[1]) : (1000 * connections) / Number(tps[1]) });
    });
  });
}

/** Fallback without pgbench: the same statements from node-postgres clients (slower client, lower ceiling). */
async function nodeBench(url: string, script: string, connections: number, seconds: number): Promise<PgPoint> {
  const statements = script.split('\n').filter((l) => l.trim() && !l.startsWith('\\'));
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = new Client({ connectionString: url });
      c.on('error', () => undefined);
      await c.connect();
      return c;
    }),
  );
  let done = 0;
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < end) {
        const k = String(Math.floor(Math.random() * 1e12));
        const n = String(1 + Math.floor(Math.random() * 20000));
        for (const s of statements) await c.query(s.replace(/:k/g, k).replace(/:n/g, n));
        done++;
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  return { connections, tps: done / elapsed, latencyMs: (connections * elapsed * 1000) / Math.max(done, 1) };
}

/**
 * The Postgres ceiling for our transaction shapes: each shape at several connection counts on a scratch database
 * of the same server (created and dropped here); the best count is the raw limit the figures are compared with.
 */
export async function measurePostgres(opts: {
  adminUrl: string;
  binDir?: string;
  connections: number[];
  seconds: number;
  scratchDir: string;
  onProgress?: (text: string) => void;
}): Promise<RawPostgresResult> {
  const database = `motcua_raw_${process.pid}_${Date.now().toString(36)}`;
  const dbUrl = (() => {
    const u = new URL(opts.adminUrl);
    u.pathname = `/${database}`;
    return u.toString();
  })();
  const pgbenchBin = opts.binDir && existsSync(path.join(opts.binDir, 'pgbench')) ? path.join(opts.binDir, 'pgbench') : undefined;
  await withClient(opts.adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)}`));
  try {
    await withClient(dbUrl, (c) => c.query(SCHEMA_SQL));
    const shapes: PgShapeResult[] = [];
    for (const shape of PG_SHAPES) {
      const file = path.join(opts.scratchDir, `${shape.name.replace(/\W+/g, '-')}.sql`);
      writeFileSync(file, shape.script + '\n');
      const points: PgPoint[] = [];
      // A read shape needs no ramp beyond a few connections; writes show where group commit stops paying.
      for (const c of opts.connections) {
        opts.onProgress?.(`postgres ${shape.name}: ${c} connection(s)`);
        points.push(pgbenchBin ? await pgbench(pgbenchBin, opts.adminUrl, database, file, c, opts.seconds) : await nodeBench(dbUrl, shape.script, c, opts.seconds));
      }
      const best = points.reduce((a, b) => (b.tps > a.tps ? b : a));
      shapes.push({ shape: shape.name, description: shape.description, points, best });
    }
    return { tool: pgbenchBin ? 'pgbench' : 'node-postgres', shapes };
  } finally {
    await withClient(opts.adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`)).catch(() => undefined);
  }
}
