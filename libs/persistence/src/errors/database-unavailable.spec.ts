import { createServer, type Server, type Socket } from 'node:net';
import { Client, Pool } from 'pg';
import { QueryFailedError } from 'typeorm';
import { AppError } from '@motcua/contracts';
import { databaseErrorSummary, databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';

const pgError = (message: string, code: string) => Object.assign(new Error(message), { code });
const failed = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

/** A port nobody listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('isDatabaseUnavailable', () => {
  let silent: Server;
  let silentPort: number;
  const accepted: Socket[] = [];
  beforeAll(async () => {
    // Accepts the connection and never answers: what a Postgres stuck in start-up or an exhausted pool looks like.
    silent = createServer((socket) => accepted.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of accepted) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('recognises node-postgres failing to reach the server: refused, timed out in the client or the pool', async () => {
    const refused = await new Client({ host: '127.0.0.1', port: await closedPort() }).connect().catch((e: unknown) => e);
    expect(isDatabaseUnavailable(refused)).toBe(true);
    const clientTimeout = await new Client({ host: '127.0.0.1', port: silentPort, connectionTimeoutMillis: 100 }).connect().catch((e: unknown) => e);
    expect(isDatabaseUnavailable(clientTimeout)).toBe(true);
    const pool = new Pool({ host: '127.0.0.1', port: silentPort, connectionTimeoutMillis: 100 });
    const poolTimeout = await pool.query('SELECT 1').catch((e: unknown) => e);
    await pool.end().catch(() => undefined);
    expect(isDatabaseUnavailable(poolTimeout)).toBe(true);
  });

  it('recognises Postgres shutting down or starting, and a dropped connection, also inside TypeORM’s QueryFailedError', () => {
    expect(isDatabaseUnavailable(failed(pgError('terminating connection due to administrator command', '57P01')))).toBe(true);
    expect(isDatabaseUnavailable(pgError('the database system is starting up', '57P03'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('sorry, too many clients already', '53300'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('connection failure', '08006'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(failed(new Error('Client has encountered a connection error and is not queryable')))).toBe(true);
    expect(isDatabaseUnavailable(new Error('query failed', { cause: pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED') }))).toBe(true);
    // Node tries every address of "localhost" and reports them together.
    expect(isDatabaseUnavailable(Object.assign(new AggregateError([pgError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')]), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([pgError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')]))).toBe(true);
  });

  it('leaves the request’s own faults and bugs alone: they stay 4xx or 500', () => {
    expect(isDatabaseUnavailable(failed(pgError('duplicate key value violates unique constraint "x"', '23505')))).toBe(false);
    expect(isDatabaseUnavailable(failed(pgError('invalid input syntax for type uuid: "x"', '22P02')))).toBe(false);
    expect(isDatabaseUnavailable(pgError('canceling statement due to statement timeout', '57014'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(AppError.notFound('hồ sơ'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable('Connection terminated')).toBe(false);
    const cycle: Record<string, unknown> = {};
    cycle.cause = cycle;
    expect(isDatabaseUnavailable(cycle)).toBe(false);
  });

  it('answers a 503 service_unavailable in Vietnamese', () => {
    expect(databaseUnavailable().toBody()).toEqual({ status: 503, code: 'service_unavailable', message: expect.stringContaining('vui lòng thử lại') });
  });

  it('summarises an error for a log by type and code only, never its message', () => {
    const withValue = failed(pgError('invalid input syntax for type uuid: "Nguyễn Văn A"', '22P02'));
    expect(databaseErrorSummary(withValue)).toEqual({ type: 'QueryFailedError', code: '22P02' });
    expect(JSON.stringify(databaseErrorSummary(withValue))).not.toContain('Nguyễn');
    expect(databaseErrorSummary(new AggregateError([pgError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')]))).toEqual({ type: 'AggregateError', code: 'ECONNREFUSED' });
    expect(databaseErrorSummary(new Error('Connection terminated unexpectedly'))).toEqual({ type: 'Error' });
    expect(databaseErrorSummary('text')).toEqual({ type: 'string' });
  });
});
