import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import type { ErrorBody, RpcContract } from '@motcua/contracts';

export type StubReply = { ok: true; data: unknown } | { ok: false; error: ErrorBody } | 'silent';

export interface ReceivedRequest {
  body: any;
  correlationId: string | undefined;
}

/**
 * Plays the downstream services on NATS for the gateway's HTTP contract tests: answers `<prefix>.<subject>` with
 * a canned reply (or stays silent) and records what the gateway sent.
 */
export class DownstreamStub {
  private readonly subs: Subscription[] = [];
  private readonly received = new Map<string, ReceivedRequest[]>();

  constructor(
    private readonly nc: NatsConnection,
    private readonly prefix: string,
  ) {}

  async answer(contract: RpcContract<any, any>, reply: StubReply | ((request: any) => StubReply)): Promise<void> {
    const subject = `${this.prefix}.${contract.subject}`;
    this.subs.push(
      this.nc.subscribe(subject, {
        callback: (_error, msg: Msg) => {
          const body = msg.json();
          this.requests(contract).push({ body, correlationId: msg.headers?.get('Motcua-Correlation-Id') || undefined });
          const answer = typeof reply === 'function' ? reply(body) : reply;
          if (answer !== 'silent') msg.respond(JSON.stringify(answer));
        },
      }),
    );
    await this.nc.flush(); // the subscription exists on the server before the test sends anything
  }

  requests(contract: RpcContract<any, any>): ReceivedRequest[] {
    const list = this.received.get(contract.subject) ?? [];
    this.received.set(contract.subject, list);
    return list;
  }

  totalRequests(): number {
    return [...this.received.values()].reduce((n, list) => n + list.length, 0);
  }

  async reset(): Promise<void> {
    await Promise.all(this.subs.map((s) => s.drain()));
    this.subs.length = 0;
    this.received.clear();
  }
}
