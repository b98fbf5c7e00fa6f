import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { SCHEDULES_BUCKET, unitScheduleKey, type ProcedureRecord, type UnitScheduleRecord } from '@motcua/contracts';
import { KvReplica, openBucket, type MessagingConfig } from '@motcua/messaging';
import { LegalCalendarSource, MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';
import { decideAfterHoursReception } from '@motcua/working-days';
import { afterHoursRefusal } from './after-hours-refusal';

/**
 * May the after-hours counter receive this procedure now? Scheduling's sessions, replicated (bucket
 * `<prefix>_schedules`), so the check works while scheduling is down; the legal calendar says which days are
 * holidays and Tết (sessions held on days off).
 */
@Injectable()
export class AfterHoursReception implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly replica = new KvReplica<UnitScheduleRecord>();
  private starting?: Promise<void>;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
    private readonly calendars: LegalCalendarSource,
  ) {}

  /** Started on first use as well, so a request arriving before bootstrap ends is still checked against the replica. */
  ready(): Promise<void> {
    this.starting ??= openBucket(this.nc, this.config, SCHEDULES_BUCKET)
      .then((kv) => this.replica.start(kv))
      .catch((error) => {
        this.starting = undefined;
        throw error;
      });
    return this.starting;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ready();
  }

  /** Throws the 422 (channel, reason, next session) unless an open session at the unit takes the procedure. */
  async assertMayReceive(unitCode: string, procedure: ProcedureRecord, at: Date): Promise<void> {
    await this.ready();
    const sessions = this.replica.get(unitScheduleKey(unitCode))?.sessions ?? [];
    const decision = decideAfterHoursReception(sessions, procedure, at, this.calendars.current());
    if (!decision.accepted) throw afterHoursRefusal(decision, procedure);
  }

  /** The unit's replicated schedule (sessions and theme days), for the no-appointment day as well. */
  async scheduleOf(unitCode: string): Promise<UnitScheduleRecord | undefined> {
    await this.ready();
    return this.replica.get(unitScheduleKey(unitCode));
  }

  onApplicationShutdown(): void {
    this.replica.stop();
  }
}
