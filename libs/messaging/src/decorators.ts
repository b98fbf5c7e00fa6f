import { EventPattern, MessagePattern } from '@nestjs/microservices';
import type { EventContract, RpcContract } from '@motcua/contracts';
import { JETSTREAM_TRANSPORT } from './jetstream/jetstream.server';
import { RPC_TRANSPORT } from './rpc/rpc.server';

/** Handles a durable event: validated payload in, ack only after the method resolves. */
export function OnEvent(contract: EventContract): MethodDecorator {
  return EventPattern(contract.subject, JETSTREAM_TRANSPORT, { contract }) as MethodDecorator;
}

/** Answers a command or query over NATS request/reply, with the request validated against its contract. */
export function OnRpc(contract: RpcContract): MethodDecorator {
  return MessagePattern(contract.subject, RPC_TRANSPORT, { contract }) as MethodDecorator;
}
