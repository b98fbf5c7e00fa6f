import { BaseRpcContext } from '@nestjs/microservices';
import type { JsMsg } from '@nats-io/jetstream';

export interface EventMeta {
  /** Stable across redeliveries and replays: the producer's outbox id. The inbox key. */
  messageId: string;
  /** The durable consumer (service + subject): the inbox's consumer name. */
  consumer: string;
  /** The unprefixed event subject, e.g. `intake.evt.dossier.received.v1`. */
  subject: string;
  deliveryCount: number;
  correlationId?: string;
}

/** What an event handler learns about the message it is handling (`@Ctx() ctx: JetStreamContext`). */
export class JetStreamContext extends BaseRpcContext<[JsMsg | undefined, EventMeta]> {
  get message(): JsMsg | undefined {
    return this.args[0];
  }
  get meta(): EventMeta {
    return this.args[1];
  }
  get messageId(): string {
    return this.args[1].messageId;
  }
  get consumer(): string {
    return this.args[1].consumer;
  }
}
