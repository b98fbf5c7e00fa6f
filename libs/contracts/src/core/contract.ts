/** A class-validator payload class. */
export type PayloadClass<T extends object = object> = new () => T;

/** A durable fact published by one service over JetStream: `<service>.evt.<aggregate>.<event>.v<N>`. */
export interface EventContract<T extends object = object> {
  readonly kind: 'event';
  readonly subject: string;
  readonly producer: string;
  readonly payload: PayloadClass<T>;
}

/** A request/reply over core NATS: `<service>.cmd.<name>` (changes state) or `<service>.qry.<name>` (reads). */
export interface RpcContract<Req extends object = object, Res = unknown> {
  readonly kind: 'command' | 'query';
  readonly subject: string;
  readonly service: string;
  readonly request: PayloadClass<Req>;
  /** Type-only marker of the response shape. */
  readonly response?: Res;
}

const EVENT_SUBJECT = /^([a-z]+)\.evt\.[a-z-]+\.[a-z-]+\.v\d+$/;
const RPC_SUBJECT = /^([a-z]+)\.(cmd|qry)\.[a-z-.]+$/;

export function defineEvent<T extends object>(subject: string, payload: PayloadClass<T>): EventContract<T> {
  const match = EVENT_SUBJECT.exec(subject);
  if (!match) throw new Error(`event subject ${subject} must look like <service>.evt.<aggregate>.<event>.v<N>`);
  return { kind: 'event', subject, producer: match[1], payload };
}

export function defineRpc<Req extends object, Res>(subject: string, request: PayloadClass<Req>): RpcContract<Req, Res> {
  const match = RPC_SUBJECT.exec(subject);
  if (!match) throw new Error(`rpc subject ${subject} must look like <service>.cmd|qry.<name>`);
  return { kind: match[2] === 'cmd' ? 'command' : 'query', subject, service: match[1], request };
}
