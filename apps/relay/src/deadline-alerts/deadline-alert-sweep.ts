import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DeadlineAlert, type AlertLevel, type DeadlineAlertV1 } from '@motcua/contracts';
import { TransactionRunner } from '@motcua/persistence';
import { LegalCalendarSource, SERVICE_ENV } from '@motcua/platform';
import { deadlineThresholds } from './deadline-thresholds';

interface Candidate {
  id: string;
  dossier_code: string;
  to_unit_code: string;
  from_unit_code: string;
  receiving_unit_code: string;
  due: Date;
  level: AlertLevel;
}

/**
 * Raises each staff alert once: transfers near their deadline or late (to the office), paper dossiers that have
 * not left the desk in time (to the desk). The alerts table's key makes sweeps and replicas harmless.
 */
@Injectable()
export class DeadlineAlertSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('DeadlineAlertSweep');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly runner: TransactionRunner,
    private readonly calendars: LegalCalendarSource,
    @Inject(SERVICE_ENV) private readonly env: NodeJS.ProcessEnv,
  ) {}

  onApplicationBootstrap(): void {
    const everyMs = Number(this.env.RELAY_ALERT_SWEEP_MS ?? 60_000);
    if (everyMs > 0) this.timer = setInterval(() => void this.sweep().catch((error) => this.log.warn({ msg: 'alert sweep failed', error: String(error) })), everyMs);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One pass; returns how many alerts it raised. */
  async sweep(now = new Date(), limit = 500): Promise<number> {
    const { lateBefore, nearBefore } = deadlineThresholds(now, this.calendars.current());
    return this.runner.run(async (uow) => {
      const candidates: Candidate[] = await uow.manager.query(
        `SELECT t.id, t.dossier_code, t.to_unit_code, t.from_unit_code, t.receiving_unit_code, t.due_at AS due,
                CASE WHEN t.due_at < $1 OR t.counted_late THEN 'late' ELSE 'near-late' END AS level
           FROM relay.transfers t
          WHERE t.status IN ('sent', 'acknowledged', 'awaiting-approval') AND (t.due_at < $2 OR t.counted_late)
         UNION ALL
         SELECT t.id, t.dossier_code, t.to_unit_code, t.from_unit_code, t.receiving_unit_code, t.paper_due_at, 'paper-not-sent'
           FROM relay.transfers t
          WHERE t.paper_due_at < $1 AND t.paper_sent_at IS NULL AND t.status NOT IN ('resolved', 'refused')
         LIMIT $3`,
        [lateBefore, nearBefore, limit],
      );
      let raised = 0;
      for (const c of candidates) {
        const inserted: unknown[] = await uow.manager.query(
          `INSERT INTO relay.alerts (transfer_id, level, raised_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
          [c.id, c.level, now],
        );
        if (inserted.length === 0) continue;
        const alert: DeadlineAlertV1 = {
          transferId: c.id,
          dossierCode: c.dossier_code,
          unitCode: c.level === 'paper-not-sent' ? c.from_unit_code : c.to_unit_code,
          receivingUnitCode: c.receiving_unit_code,
          level: c.level,
          dueAt: new Date(c.due).toISOString(),
          raisedAt: now.toISOString(),
        };
        await uow.publish(DeadlineAlert.subject, alert);
        raised++;
      }
      return raised;
    });
  }
}
