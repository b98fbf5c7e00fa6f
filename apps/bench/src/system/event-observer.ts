import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import {
  DossierHandedOver,
  DossierReceived,
  DossierResolved,
  DossierRouted,
  ResultReady,
  ResultSentBack,
  TransferAcknowledged,
  TransferSent,
} from '@motcua/contracts';

/** The events of the relayed-dossier lifecycle, in order. */
export const LIFECYCLE_EVENTS = [
  DossierReceived.subject,
  DossierRouted.subject,
  TransferSent.subject,
  TransferAcknowledged.subject,
  DossierResolved.subject,
  ResultSentBack.subject,
  ResultReady.subject,
  DossierHandedOver.subject,
] as const;

/**
 * Watches every event of the system (a plain NATS subscription on `<prefix>.*.evt.>`: it sees what the outbox
 * relays publish, takes nothing from the durable consumers) and notes when each dossier's events were first seen.
 * An event is published after its transaction committed, so "seen" is an upper bound of "committed".
 */
export class EventObserver {
  private sub?: Subscription;
  /** dossierCode → subject → first time seen (performance.now()). */
  private readonly seen = new Map<string, Map<string, number>>();
  private readonly waiters = new Map<string, { subject: string; resolve: (t: number) => void }[]>();
  /** Payload fields kept per dossier (e.g. transferId). */
  private readonly facts = new Map<string, Record<string, unknown>>();
  count = 0;

  constructor(private readonly prefix: string) {}

  start(nc: NatsConnection): void {
    this.sub = nc.subscribe(`${this.prefix}.*.evt.>`);
    void (async () => {
      for await (const msg of this.sub!) {
        const t = performance.now();
        this.count++;
        let payload: any;
        try {
          payload = msg.json();
        } catch {
          continue;
        }
        const code = payload?.dossierCode;
        if (typeof code !== 'string') continue;
        const subject = msg.subject.slice(this.prefix.length + 1);
        let bySubject = this.seen.get(code);
        if (!bySubject) this.seen.set(code, (bySubject = new Map()));
        if (!bySubject.has(subject)) bySubject.set(subject, t);
        if (payload.transferId) this.facts.set(code, { ...this.facts.get(code), transferId: payload.transferId });
        const waiting = this.waiters.get(code);
        if (waiting) {
          for (const w of waiting.filter((x) => x.subject === subject)) w.resolve(t);
          const left = waiting.filter((x) => x.subject !== subject);
          if (left.length) this.waiters.set(code, left);
          else this.waiters.delete(code);
        }
      }
    })();
  }

  stop(): void {
    this.sub?.unsubscribe();
  }

  at(code: string, subject: string): number | undefined {
    return this.seen.get(code)?.get(subject);
  }

  fact(code: string, key: string): unknown {
    return this.facts.get(code)?.[key];
  }

  /** Resolves with the time `subject` was (or will be) seen for `code`, or undefined after `timeoutMs`. */
  waitFor(code: string, subject: string, timeoutMs: number): Promise<number | undefined> {
    const already = this.at(code, subject);
    if (already !== undefined) return Promise.resolve(already);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutMs);
      const list = this.waiters.get(code) ?? [];
      list.push({
        subject,
        resolve: (t) => {
          clearTimeout(timer);
          resolve(t);
        },
      });
      this.waiters.set(code, list);
    });
  }
}
