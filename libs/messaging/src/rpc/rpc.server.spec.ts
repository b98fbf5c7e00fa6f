import { Logger } from '@nestjs/common';
import type { Msg } from '@nats-io/transport-node';
import { QueryFailedError } from 'typeorm';
import { AppError, INTERNAL_ERROR_MESSAGE } from '@motcua/contracts';
import type { RpcReply } from './rpc-envelope';
import { RpcServer } from './rpc.server';

/** The server's answer to one request whose handler throws `error` (no NATS: the reply is what would be sent). */
async function answerTo(error: unknown): Promise<RpcReply<unknown>> {
  const server = new RpcServer({ config: {} as never, connection: () => ({}) as never });
  const handler = Object.assign(async () => Promise.reject(error), { extras: {} });
  const msg = { json: () => ({}), headers: undefined } as unknown as Msg;
  return (server as unknown as { execute(h: unknown, m: Msg): Promise<RpcReply<unknown>> }).execute(handler, msg);
}

describe('RpcServer: how a handler’s failure is answered', () => {
  let logged: unknown[];
  beforeEach(() => {
    logged = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((entry: unknown) => void logged.push(entry));
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((entry: unknown) => void logged.push(entry));
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers an AppError as it is', async () => {
    expect(await answerTo(AppError.notFound('hồ sơ'))).toEqual({ ok: false, error: { status: 404, code: 'not_found', message: 'Không tìm thấy hồ sơ' } });
  });

  it('answers the database unreachable with a 503 service_unavailable the gateway passes on (not a 500)', async () => {
    const pg = (message: string, code: string) => Object.assign(new Error(message), { code });
    for (const outage of [pg('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), new QueryFailedError('SELECT 1', [], pg('terminating connection due to administrator command', '57P01'))]) {
      expect(await answerTo(outage)).toEqual({ ok: false, error: { status: 503, code: 'service_unavailable', message: expect.stringContaining('vui lòng thử lại') } });
    }
  });

  it('answers anything else with a Vietnamese 500 and logs it without the driver’s message (it may quote personal data)', async () => {
    const leak = Object.assign(new Error('duplicate key value: (id_number)=(079190001234)'), { code: '23505' });
    expect(await answerTo(leak)).toEqual({ ok: false, error: { status: 500, code: 'internal_error', message: INTERNAL_ERROR_MESSAGE } });
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged)).not.toContain('079190001234');
    expect(logged[0]).toMatchObject({ errorType: 'Error', errorCode: '23505' });
  });
});
