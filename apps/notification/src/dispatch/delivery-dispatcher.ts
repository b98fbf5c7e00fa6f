import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DeliveryLedger, type DeliveryRow } from '../ledger/delivery-ledger';
import { NotificationProvider } from '../providers/notification-provider';
import { DISPATCH_SETTINGS, type DispatchSettings } from './dispatch-settings';
import { failureOutcome } from './failure-outcome';

/**
 * Sends ledger rows through the provider, outside any transaction: a provider call cannot be rolled back, so
 * the row is committed first (status 'created') and only then sent. Rows a crash left behind, retries that fall
 * due and expired leases are picked up by a periodic sweep, the first one at start-up.
 * Logs carry ids, channels and statuses only: never an address or a text.
 */
@Injectable()
export class DeliveryDispatcher implements OnModuleDestroy {
  private readonly log = new Logger('DeliveryDispatcher');
  private readonly inFlight = new Set<Promise<void>>();
  private timer?: NodeJS.Timeout;
  private sweeping = false;
  private stopped = false;

  constructor(
    private readonly ledger: DeliveryLedger,
    private readonly provider: NotificationProvider,
    @Inject(DISPATCH_SETTINGS) private readonly settings: DispatchSettings,
  ) {}

  /** Reconciles what an earlier run left pending, then sweeps every `sweepMs`. */
  async start(): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => this.track(this.sweep()), this.settings.sweepMs);
    this.timer.unref();
  }

  /** Sends rows a consumer has just committed. Fire and forget: whatever fails here, the sweep retries. */
  dispatchNow(ids: string[]): void {
    if (ids.length === 0 || this.stopped) return;
    this.track(
      this.ledger
        .claim({ ids, leaseMs: this.settings.leaseMs, limit: ids.length })
        .then((rows) => this.sendAll(rows))
        .catch((error) => this.log.warn({ msg: 'dispatch after commit failed; the sweep will retry', error: String(error) })),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await Promise.allSettled([...this.inFlight]);
  }

  private async sweep(): Promise<void> {
    if (this.sweeping || this.stopped) return;
    this.sweeping = true;
    try {
      for (;;) {
        const rows = await this.ledger.claim({ leaseMs: this.settings.leaseMs, limit: this.settings.batchSize });
        await this.sendAll(rows);
        if (rows.length < this.settings.batchSize || this.stopped) break;
      }
    } catch (error) {
      this.log.warn({ msg: 'delivery sweep failed', error: String(error) });
    } finally {
      this.sweeping = false;
    }
  }

  private async sendAll(rows: DeliveryRow[]): Promise<void> {
    await Promise.all(rows.map((row) => this.send(row)));
  }

  private async send(row: DeliveryRow): Promise<void> {
    const about = { deliveryId: row.id, dossierCode: row.dossierCode, template: row.template, channel: row.channel, attempt: row.attempts };
    let providerRef: string;
    try {
      providerRef = await this.provider.send({
        deliveryId: row.id,
        channel: row.channel,
        to: row.address,
        ...(row.subject ? { subject: row.subject } : {}),
        body: row.body,
      });
    } catch (error) {
      const outcome = failureOutcome(error, row.attempts, this.settings);
      await this.ledger.markFailed(row, outcome);
      this.log.warn({ msg: 'delivery failed', ...about, status: outcome.status, reason: outcome.reason });
      return;
    }
    await this.ledger.markDelivered(row, providerRef);
    this.log.log({ msg: 'delivered', ...about });
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
  }
}
