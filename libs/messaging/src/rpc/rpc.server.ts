import { Logger } from '@nestjs/common';
import { BaseRpcContext, Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { headers as natsHeaders, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { lastValueFrom } from 'rxjs';
import { AppError, INTERNAL_ERROR_MESSAGE, isErrorBody, validatePayload, type ErrorBody, type RpcContract } from '@motcua/contracts';
import { databaseUnavailable, isDatabaseUnavailable } from '@motcua/persistence';
import type { MessagingConfig } from '../config/messaging-config';
import { HEADER, naming } from '../config/naming';
import { currentCorrelationId, runWithCorrelation } from '../context/correlation';
import type { RpcReply } from './rpc-envelope';

export const RPC_TRANSPORT = Symbol('motcua:rpc');

/**
 * Nest transport for commands and queries over core NATS request/reply. Subjects carry the configured prefix,
 * replicas share a queue group, the request is validated against its contract before the handler runs, and
 * every failure is answered as an error body (never a dropped request, never a stack trace).
 */
export class RpcServer extends Server implements CustomTransportStrategy {
  override readonly transportId = RPC_TRANSPORT;
  private readonly log = new Logger('RpcServer');
  private readonly subs: Subscription[] = [];

  constructor(private readonly options: { config: MessagingConfig; connection: () => NatsConnection }) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    const { config } = this.options;
    const nc = this.options.connection();
    for (const [subject, handler] of this.getHandlers()) {
      if (handler.isEventHandler) continue;
      this.subs.push(
        nc.subscribe(naming.subject(config.prefix, subject), {
          queue: config.service,
          callback: (error, msg) => {
            if (error) return this.log.error({ msg: 'rpc subscription error', subject, error: String(error) });
            void this.answer(handler, msg);
          },
        }),
      );
    }
    callback();
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.subs.map((s) => s.drain()));
    this.subs.length = 0;
  }

  on(): void {}

  unwrap<T>(): T {
    return this.options.connection() as T;
  }

  private async answer(handler: MessageHandler, msg: Msg): Promise<void> {
    const correlationId = msg.headers?.get(HEADER.correlationId) || undefined;
    const reply = await runWithCorrelation(correlationId, () => this.execute(handler, msg));
    const h = natsHeaders();
    h.set(HEADER.correlationId, correlationId ?? '');
    msg.respond(JSON.stringify(reply), { headers: h });
  }

  private async execute(handler: MessageHandler, msg: Msg): Promise<RpcReply<unknown>> {
    const contract = handler.extras?.contract as RpcContract | undefined;
    try {
      let plain: unknown;
      try {
        plain = msg.json();
      } catch {
        throw AppError.invalid([{ field: '(body)', reason: 'không phải JSON hợp lệ' }]);
      }
      const request = contract ? await validatePayload(contract.request, plain) : plain;
      const result = await handler(request, new RpcContext([msg]));
      const data = await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
      return { ok: true, data };
    } catch (error) {
      return { ok: false, error: this.toErrorBody(error) };
    }
  }

  /**
   * An AppError as it is; the database unreachable (a restart, a dropped connection) as a 503 the caller may retry;
   * anything else as a 500 that reveals nothing. Logged by type, code and stack only: a driver's message may quote
   * the values of the request (personal data).
   */
  private toErrorBody(error: unknown): ErrorBody {
    if (error instanceof AppError) return error.toBody();
    if (isErrorBody(error)) return error;
    const unavailable = isDatabaseUnavailable(error);
    const e = error instanceof Error ? (error as Error & { code?: unknown }) : undefined;
    const report = {
      correlationId: currentCorrelationId(),
      errorType: e?.name ?? typeof error,
      ...(typeof e?.code === 'string' ? { errorCode: e.code } : {}),
    };
    if (unavailable) {
      this.log.warn({ msg: 'rpc handler failed: database unavailable', ...report });
      return databaseUnavailable().toBody();
    }
    this.log.error({ msg: 'rpc handler failed unexpectedly', ...report, stack: e?.stack?.split('\n').slice(1, 8).join('\n') });
    return { status: 500, code: 'internal_error', message: INTERNAL_ERROR_MESSAGE };
  }
}

export class RpcContext extends BaseRpcContext<[Msg]> {}
