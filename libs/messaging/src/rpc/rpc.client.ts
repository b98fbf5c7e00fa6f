import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { AppError, errorDetails, type RpcContract } from '@motcua/contracts';
import type { MessagingConfig } from '../config/messaging-config';
import { HEADER, naming } from '../config/naming';
import { currentCorrelationId } from '../context/correlation';
import { RPC_TIMEOUT_MS, type RpcReply } from './rpc-envelope';

/** Sends commands and queries over core NATS, always with a timeout; a failed reply is thrown as an AppError. */
export class RpcClient {
  constructor(private readonly options: { config: MessagingConfig; connection: () => NatsConnection }) {}

  async call<Req extends object, Res>(contract: RpcContract<Req, Res>, request: Req, timeoutMs = RPC_TIMEOUT_MS): Promise<Res> {
    const { config } = this.options;
    const h = natsHeaders();
    const correlationId = currentCorrelationId();
    if (correlationId) h.set(HEADER.correlationId, correlationId);
    let reply: RpcReply<Res>;
    try {
      const msg = await this.options
        .connection()
        .request(naming.subject(config.prefix, contract.subject), JSON.stringify(request), { timeout: timeoutMs, headers: h });
      reply = msg.json<RpcReply<Res>>();
    } catch (error) {
      const name = (error as Error)?.name ?? '';
      const unavailable = /NoResponders|Timeout|RequestError/i.test(name) || /no responders|timeout/i.test(String(error));
      if (unavailable) throw new AppError(503, 'service_unavailable', `Dịch vụ ${contract.service} tạm thời không phản hồi; vui lòng thử lại sau giây lát`);
      throw error;
    }
    if (!reply.ok) {
      const { status, code, message, fields, details } = reply.error;
      throw new AppError(status, code, message, fields, errorDetails(details));
    }
    return reply.data;
  }
}
