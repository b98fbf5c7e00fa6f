import { Logger } from '@nestjs/common';
import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { jetstream, jetstreamManager, type ConsumerMessages, type JetStreamClient, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { lastValueFrom } from 'rxjs';
import { validatePayload, type EventContract } from '@motcua/contracts';
import { databaseErrorSummary, isDatabaseUnavailable } from '@motcua/persistence';
import type { MessagingConfig } from '../config/messaging-config';
import { HEADER, naming } from '../config/naming';
import { runWithCorrelation } from '../context/correlation';
import { faultPoint } from '../faults/fault-point';
import { publishDeadLetter, toDeadLetter, type FailedMessage } from './dead-letters';
import { JetStreamContext, type EventMeta } from './jetstream.context';
import { OutageLedger } from './outage-ledger';
import { ensureDeadLetterStream, ensureDurableConsumer, ensureEventStream } from './provision';
import { countedDeliveries, DEFAULT_RETRY_POLICY, decideOnFailure, delayOnOutage, exceededWithoutOutcome, type RetryPolicy } from './retry-policy';

export const JETSTREAM_TRANSPORT = Symbol('motcua:jetstream');

export interface JetStreamServerOptions {
  config: MessagingConfig;
  connection: () => NatsConnection;
  retry?: RetryPolicy;
  /** How long the server waits for an ack before redelivering (a consumer that died mid-handler). */
  ackWaitMs?: number;
}

interface Subscription {
  subject: string;
  durable: string;
  handler: MessageHandler;
  messages: ConsumerMessages;
  loop: Promise<void>;
}

/**
 * Thrown by an event handler for a message that can never succeed as it stands (a deterministic refusal): it goes
 * to the dead letters at once instead of through the retries, and can be replayed once the data is fixed.
 */
export class PermanentFailure extends Error {}

/**
 * Nest transport for durable events: one durable pull consumer per handled subject, the handler awaited,
 * ack only after it resolved (its transaction committed), nak with growing backoff on failure, and after the
 * last allowed delivery a copy in the dead-letter stream. Handlers declare themselves with `@OnEvent(contract)`.
 *
 * A failure because the database is unreachable (`isDatabaseUnavailable`) is not the message's fault: it is nak'ed
 * with a capped backoff (`outageBackoffMs`), recorded in the outage ledger so that it does not use up the retry
 * budget, and never dead-lettered for that reason, however long the outage lasts. The outage is logged once when
 * it starts and once when it ends, by error type and code only.
 */
export class JetStreamServer extends Server implements CustomTransportStrategy {
  override readonly transportId = JETSTREAM_TRANSPORT;
  override readonly propagatesEventHandlerErrors = true;
  private readonly log = new Logger('JetStreamServer');
  private readonly subscriptions: Subscription[] = [];
  private js?: JetStreamClient;
  private readonly retry: RetryPolicy;
  private readonly ackWaitMs: number;
  private readonly outages: OutageLedger;
  /** Set while handlers find the database unreachable; cleared by the next handler that succeeds. */
  private outage?: { since: number; naks: number };

  constructor(private readonly options: JetStreamServerOptions) {
    super();
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.outages = new OutageLedger(options.connection, options.config);
    // Handlers are one short transaction: a message held longer than this belonged to a consumer that died.
    this.ackWaitMs = options.ackWaitMs ?? 15_000;
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.subscribeAll();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    for (const subscription of this.subscriptions) subscription.messages.stop();
    await Promise.allSettled(this.subscriptions.map((s) => s.loop));
    this.subscriptions.length = 0;
  }

  on(): void {
    // No transport-level events to expose.
  }

  unwrap<T>(): T {
    return this.js as T;
  }

  /** Runs a dead letter's handler again; on success the dead letter is deleted. */
  async replayDeadLetter(seq: number): Promise<{ replayed: boolean; error?: string }> {
    const nc = this.options.connection();
    const jsm = await jetstreamManager(nc);
    const stream = naming.deadLetterStream(this.options.config.prefix);
    const stored = await jsm.streams.getMessage(stream, { seq });
    if (!stored) return { replayed: false, error: 'no such dead letter' };
    const letter = toDeadLetter(stored);
    const subscription = this.subscriptions.find((s) => s.durable === letter.consumer);
    if (!subscription) return { replayed: false, error: `consumer ${letter.consumer} does not run in this service` };
    const meta: EventMeta = {
      messageId: letter.messageId ?? `dlq:${seq}`,
      consumer: subscription.durable,
      subject: subscription.subject,
      deliveryCount: 1,
      correlationId: stored.header.get(HEADER.correlationId) || undefined,
    };
    try {
      await this.invoke(subscription.handler, stored.data, meta, undefined);
    } catch (error) {
      return { replayed: false, error: describe(error) };
    }
    await jsm.streams.deleteMessage(stream, seq);
    return { replayed: true };
  }

  private async subscribeAll(): Promise<void> {
    const { config } = this.options;
    const nc = this.options.connection();
    const jsm = await jetstreamManager(nc);
    this.js = jetstream(nc);
    await ensureDeadLetterStream(jsm, config);
    for (const [subject, handler] of this.getHandlers()) {
      if (!handler.isEventHandler) continue;
      const stream = await ensureEventStream(jsm, config, naming.producerOf(subject));
      const durable = naming.durable(config.service, subject);
      await ensureDurableConsumer(jsm, stream, durable, naming.subject(config.prefix, subject), this.ackWaitMs);
      const consumer = await this.js.consumers.get(stream, durable);
      // Short pulls: after a NATS node is lost the consumer asks again within seconds, not after 30.
      const messages = await consumer.consume({ max_messages: 64, expires: 5_000 });
      const subscription = { subject, durable, handler, messages } as Subscription;
      subscription.loop = this.drain(subscription);
      this.subscriptions.push(subscription);
    }
  }

  private async drain(subscription: Subscription): Promise<void> {
    for await (const message of subscription.messages) {
      await this.process(subscription, message);
    }
  }

  private async process(subscription: Subscription, message: JsMsg): Promise<void> {
    const deliveryCount = message.info.deliveryCount;
    const meta: EventMeta = {
      messageId: message.headers?.get(HEADER.messageId) || `${message.info.stream}:${message.seq}`,
      consumer: subscription.durable,
      subject: subscription.subject,
      deliveryCount,
      correlationId: message.headers?.get(HEADER.correlationId) || undefined,
    };
    // JetStream's count includes deliveries nak'ed during a database outage: those are read from the ledger
    // (only when the count matters, so the common first delivery costs nothing).
    const counted = async () => countedDeliveries(deliveryCount, await this.outages.count(subscription.durable, message.seq));
    // While the database is known to be away, a delivery past the maximum is more likely an ack_wait expiry behind a
    // hanging connection than a crash: try it (it will be nak'ed for the outage) rather than dead-letter it blind.
    if (exceededWithoutOutcome(this.retry, deliveryCount) && !this.outage && exceededWithoutOutcome(this.retry, await counted())) {
      await this.deadLetter(subscription, message, 'delivered past the maximum without an outcome (the consumer died handling it)');
      return;
    }
    try {
      await this.invoke(subscription.handler, message.data, meta, message);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        await this.holdForOutage(subscription, message, error);
        return;
      }
      const permanent = error instanceof PermanentFailure;
      const decision = decideOnFailure(this.retry, permanent || deliveryCount === 1 ? deliveryCount : await counted(), permanent);
      if (decision.action === 'retry') {
        this.log.warn({ msg: 'event handler failed; will retry', consumer: meta.consumer, messageId: meta.messageId, deliveryCount, delayMs: decision.delayMs, error: describe(error) });
        message.nak(decision.delayMs);
      } else {
        await this.deadLetter(subscription, message, describe(error));
      }
      return;
    }
    this.databaseBack();
    faultPoint('after-commit-before-ack', subscription.durable);
    message.ack();
    if (deliveryCount > 1) await this.outages.forget(subscription.durable, message.seq);
  }

  /** The database is unreachable: nak with the outage backoff, outside the retry budget. Logged once per outage. */
  private async holdForOutage(subscription: Subscription, message: JsMsg, error: unknown): Promise<void> {
    const outageDeliveries = await this.outages.increment(subscription.durable, message.seq);
    const delayMs = delayOnOutage(this.retry, outageDeliveries);
    if (!this.outage) {
      this.outage = { since: Date.now(), naks: 0 };
      this.log.warn({ msg: 'database unavailable: events are held and redelivered until it returns', consumer: subscription.durable, delayMs, error: databaseErrorSummary(error) });
    }
    this.outage.naks++;
    message.nak(delayMs);
  }

  private databaseBack(): void {
    if (!this.outage) return;
    this.log.log({ msg: 'database reachable again: events flow', outageMs: Date.now() - this.outage.since, naks: this.outage.naks });
    this.outage = undefined;
  }

  private async invoke(handler: MessageHandler, data: Uint8Array, meta: EventMeta, message: JsMsg | undefined): Promise<void> {
    const contract = handler.extras?.contract as EventContract | undefined;
    let payload: unknown;
    try {
      const plain = JSON.parse(new TextDecoder().decode(data));
      payload = contract ? await validatePayload(contract.payload, plain) : plain;
    } catch (error) {
      // An unreadable or invalid payload will never succeed: no point retrying it.
      throw new PermanentFailure(`invalid payload: ${describe(error)}`);
    }
    await runWithCorrelation(meta.correlationId, async () => {
      const result = await handler(payload, new JetStreamContext([message, meta]));
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    });
  }

  private async deadLetter(subscription: Subscription, message: JsMsg, error: string): Promise<void> {
    const failed: FailedMessage = { subject: message.subject, data: message.data, headers: message.headers };
    try {
      await publishDeadLetter(this.js!, this.options.config, subscription.durable, failed, error, message.info.deliveryCount);
    } catch (publishError) {
      // Without its dead-letter copy the message must stay in the stream: try again later.
      this.log.error({ msg: 'dead-letter publish failed', consumer: subscription.durable, error: describe(publishError) });
      message.nak(this.retry.backoffMs[this.retry.backoffMs.length - 1]);
      return;
    }
    this.log.error({ msg: 'event dead-lettered', consumer: subscription.durable, seq: message.seq, error });
    // No reason text: nats-server 2.9 ignores '+TERM <reason>' and would redeliver the message.
    message.term();
    if (message.info.deliveryCount > 1) await this.outages.forget(subscription.durable, message.seq);
  }
}

export function describe(error: unknown): string {
  if (error instanceof Error) {
    const body = (error as { toBody?: () => unknown }).toBody?.();
    return body ? JSON.stringify(body) : `${error.name}: ${error.message}`;
  }
  if (typeof error === 'object' && error !== null) return JSON.stringify(error);
  return String(error);
}
