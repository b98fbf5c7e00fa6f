import { applyDecorators, UseFilters } from '@nestjs/common';
import { EventPattern, MessagePattern } from '@nestjs/microservices';
import type { EventContract, RpcContract } from '@motcua/contracts';
import { JETSTREAM_TRANSPORT } from './jetstream/jetstream.server';
import { PassThroughRpcFilter } from './pass-through.filter';
import { RPC_TRANSPORT } from './rpc/rpc.server';

/** Handles a durable event: validated payload in, ack only after the method resolves. */
export function OnEvent(contract: EventContract): MethodDecorator {
  return applyDecorators(EventPattern(contract.subject, JETSTREAM_TRANSPORT, { contract }) as MethodDecorator, UseFilters(PassThroughRpcFilter));
}

/** Answers a command or query over NATS request/reply, with the request validated against its contract. */
export function OnRpc(contract: RpcContract): MethodDecorator {
  return applyDecorators(MessagePattern(contract.subject, RPC_TRANSPORT, { contract }) as MethodDecorator, UseFilters(PassThroughRpcFilter));
}
