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

  /** `reply` may be a promise (a held answer: see `hold`). */
  async answer(contract: RpcContract<any, any>, reply: StubReply | ((request: any) => StubReply | Promise<StubReply>)): Promise<void> {
    const subject = `${this.prefix}.${contract.subject}`;
    this.subs.push(
      this.nc.subscribe(subject, {
        callback: (_error, msg: Msg) => {
          const body = msg.json();
          this.requests(contract).push({ body, correlationId: msg.headers?.get('Motcua-Correlation-Id') || undefined });
          void Promise.resolve(typeof reply === 'function' ? reply(body) : reply).then((answer) => {
            if (answer !== 'silent') msg.respond(JSON.stringify(answer));
          });
        },
      }),
    );
    await this.nc.flush(); // the subscription exists on the server before the test sends anything
  }

  /**
   * Answers `reply` only when released: the requests pile up as in a slow service. `waitFor(n)` returns once `n`
   * requests arrived; `release()` answers them all (and every later one at once).
   */
  async hold(contract: RpcContract<any, any>, reply: StubReply): Promise<{ waitFor: (n: number) => Promise<void>; release: () => void }> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await this.answer(contract, () => released.then(() => reply));
    const waitFor = async (n: number): Promise<void> => {
      for (let i = 0; i < 500 && this.requests(contract).length < n; i++) await new Promise((r) => setTimeout(r, 10));
      if (this.requests(contract).length < n) throw new Error(`the stub got ${this.requests(contract).length} of ${n} ${contract.subject} requests`);
    };
    return { waitFor, release };
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
