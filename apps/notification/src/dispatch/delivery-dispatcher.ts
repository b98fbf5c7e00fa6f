import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { TransactionRunner } from '@motcua/persistence';
import { CLOCK, type Clock } from '../clock/clock';
import { DeliveryLedger, type DeliveryRow } from '../ledger/delivery-ledger';
import { MessageRecorder } from '../ledger/message-recorder';
import { PreferenceStore } from '../preferences/preference-store';
import { NotificationProvider } from '../providers/notification-provider';
import { DISPATCH_SETTINGS, type DispatchSettings } from './dispatch-settings';
import { failureOutcome } from './failure-outcome';
import { allowedFrom } from './quiet-hours';
import { RateLimiter } from './rate-limiter';
import { UndeliveredReporter } from './undelivered-reporter';

/**
 * Sends ledger rows through the provider, outside any transaction: a provider call cannot be rolled back, so
 * the row is committed first (status 'created') and only then sent. Rows a crash left behind, retries that fall
 * due and expired leases are picked up by a periodic sweep, the first one at start-up.
 * Before each send: quiet hours, consent (withdrawn since the message was written) and the provider's rate.
 * Logs carry ids, channels and statuses only: never an address or a text.
 */
@Injectable()
export class DeliveryDispatcher implements OnModuleDestroy {
  private readonly log = new Logger('DeliveryDispatcher');
  private readonly inFlight = new Set<Promise<void>>();
  private readonly limiter: RateLimiter;
  private timer?: NodeJS.Timeout;
  private sweeping = false;
  private stopped = false;

  constructor(
    private readonly ledger: DeliveryLedger,
    private readonly provider: NotificationProvider,
    @Inject(DISPATCH_SETTINGS) private readonly settings: DispatchSettings,
    private readonly runner: TransactionRunner,
    private readonly recorder: MessageRecorder,
    private readonly preferences: PreferenceStore,
    private readonly reporter: UndeliveredReporter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.limiter = new RateLimiter(settings.rateLimits);
  }

  /** Reconciles what an earlier run left pending, then sweeps every `sweepMs`. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.sweep();
    this.timer = setInterval(() => this.track(this.sweep()), this.settings.sweepMs);
    this.timer.unref();
  }

  /** Sends rows a consumer has just committed. Fire and forget: whatever fails here, the sweep retries. */
  dispatchNow(ids: string[]): void {
    if (ids.length === 0 || this.stopped) return;
    this.track(
      this.ledger
        .claim({ ids, leaseMs: this.settings.leaseMs, limit: ids.length, now: this.clock.now() })
        .then((rows) => this.sendAll(rows))
        .catch((error) => this.log.warn({ msg: 'dispatch after commit failed; the sweep will retry', error: String(error) })),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await Promise.allSettled([...this.inFlight]);
    await this.provider.close();
  }

  private async sweep(): Promise<void> {
    if (this.sweeping || this.stopped) return;
    this.sweeping = true;
    try {
      for (;;) {
        const rows = await this.ledger.claim({ leaseMs: this.settings.leaseMs, limit: this.settings.batchSize, now: this.clock.now() });
        await this.sendAll(rows);
        if (rows.length < this.settings.batchSize || this.stopped) break;
      }
      await this.reportOverdue();
    } catch (error) {
      this.log.warn({ msg: 'delivery sweep failed', error: String(error) });
    } finally {
      this.sweeping = false;
    }
  }

  /** Messages still not delivered long after they were written (a provider down for a day…): reported once. */
  private async reportOverdue(): Promise<void> {
    const now = this.clock.now();
    await this.runner.run(async (uow) => {
      const rows = await this.ledger.overdue(uow.manager, new Date(now.getTime() - this.settings.overdueAfterMs), this.settings.batchSize);
      for (const row of rows) await this.reporter.report(uow, row, 'overdue', now);
    });
  }

  private async sendAll(rows: DeliveryRow[]): Promise<void> {
    await Promise.all(rows.map((row) => this.send(row)));
  }

  private async send(row: DeliveryRow): Promise<void> {
    const about = { deliveryId: row.id, dossierCode: row.dossierCode, template: row.template, channel: row.channel, attempt: row.attempts };
    const now = this.clock.now();
    const from = allowedFrom(this.settings.quietHours, row.channel, now);
    if (from > now) {
      await this.ledger.release(row, from);
      this.log.log({ msg: 'held for quiet hours', ...about, until: from.toISOString() });
      return;
    }
    if (row.audience === 'citizen' && (await this.preferences.withdrawn(this.runner.dataSource.manager, row.channel, row.address))) {
      await this.ledger.cancel(row, 'consent withdrawn before sending', now);
      this.log.log({ msg: 'cancelled: consent withdrawn', ...about });
      return;
    }
    const wait = this.limiter.take(row.channel, now.getTime());
    if (wait > 0) {
      await this.ledger.release(row, new Date(now.getTime() + wait));
      return;
    }

    const provider = this.provider.providerName(row.channel);
    let providerRef: string;
    try {
      providerRef = await this.provider.send({
        deliveryId: row.id,
        channel: row.channel,
        to: row.address,
        ...(row.subject ? { subject: row.subject } : {}),
        body: row.body,
        ...(row.providerTemplateId ? { providerTemplateId: row.providerTemplateId, params: row.providerParams ?? {} } : {}),
      });
    } catch (error) {
      await this.failed(row, error, provider, about);
      return;
    }
    await this.ledger.markDelivered(row, providerRef, provider, this.clock.now());
    this.log.log({ msg: 'delivered', provider, ...about });
  }

  /** Records the failure; a permanent one turns to the next channel, or is reported when none is left. */
  private async failed(row: DeliveryRow, error: unknown, provider: string, about: object): Promise<void> {
    const outcome = failureOutcome(error, row.attempts, this.settings);
    const now = this.clock.now();
    let fallbackIds: string[] = [];
    await this.runner.run(async (uow) => {
      const settled = await this.ledger.markFailed(uow.manager, row, outcome, provider, now);
      if (!settled || outcome.status !== 'permanent-failure') return;
      fallbackIds = await this.recorder.fallback(uow.manager, row);
      if (fallbackIds.length === 0) await this.reporter.report(uow, { ...row, lastError: outcome.reason }, 'failed', now);
    });
    this.log.warn({ msg: 'delivery failed', provider, ...about, status: outcome.status, reason: outcome.reason, fallbackIds });
    this.dispatchNow(fallbackIds);
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
  }
}
