import { Global, Inject, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { AppError, SCHEDULES_BUCKET, unitScheduleKey, type UnitScheduleRecord } from '@motcua/contracts';
import { KvReplica, openBucket, type MessagingConfig } from '@motcua/messaging';
import { LegalCalendarSource, MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';
import { describeSession, nextOccurrence, openSessionAt, type LegalCalendar, type SessionOccurrence, type SessionRule } from '@motcua/working-days';

/** Whether a unit's after-hours counter is open now, and if not, its next session (none: the unit runs none soon). */
export type CounterSessionState = { readonly open: true; readonly session: SessionOccurrence } | { readonly open: false; readonly unitRunsSessions: boolean; readonly next?: SessionOccurrence };

/** Whether a unit's after-hours counter is open (a weekend, holiday or evening session held by scheduling). */
export abstract class CounterSessions {
  abstract state(unitCode: string, at: Date): Promise<CounterSessionState>;
}

/**
 * Scheduling's after-hours sessions, replicated (bucket `<prefix>_schedules`, key `unit.<code>`) as intake reads
 * them, so the gate holds while scheduling is down; the legal calendar says which days are days off (sessions held
 * on holidays and Tết). No schedule for the unit = no session = closed.
 */
@Injectable()
export class ScheduledCounterSessions extends CounterSessions implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly replica = new KvReplica<UnitScheduleRecord>();
  private starting?: Promise<void>;
  private calendarStarting?: Promise<void>;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
    private readonly calendars: LegalCalendarSource,
  ) {
    super();
  }

  /** Started on first use as well, so a request arriving before bootstrap ends is still checked against the replica. */
  ready(): Promise<void> {
    this.starting ??= Promise.all([
      openBucket(this.nc, this.config, SCHEDULES_BUCKET).then((kv) => this.replica.start(kv)),
      (this.calendarStarting ??= this.calendars.start()),
    ])
      .then(() => undefined)
      .catch((error) => {
        this.starting = undefined;
        this.calendarStarting = undefined;
        throw error;
      });
    return this.starting;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ready();
  }

  async state(unitCode: string, at: Date): Promise<CounterSessionState> {
    try {
      await this.ready();
    } catch {
      throw new AppError(503, 'counter_sessions_unavailable', 'Chưa đọc được lịch phiên tiếp nhận ngoài giờ; vui lòng thử lại sau ít phút');
    }
    return counterSessionState(this.replica.get(unitScheduleKey(unitCode))?.sessions ?? [], at, this.calendars.current());
  }

  /** The unit's replicated schedule, as the gate sees it. */
  async scheduleOf(unitCode: string): Promise<UnitScheduleRecord | undefined> {
    await this.ready();
    return this.replica.get(unitScheduleKey(unitCode));
  }

  onApplicationShutdown(): void {
    this.replica.stop();
  }
}

/** The pure rule: a session of the unit open at `at` (start inclusive, end exclusive), else the next one. */
export function counterSessionState(sessions: readonly SessionRule[], at: Date, calendar: LegalCalendar): CounterSessionState {
  const open = openSessionAt(sessions, at, calendar);
  if (open) return { open: true, session: open.occurrence };
  return { open: false, unitRunsSessions: sessions.length > 0, next: nextOccurrence(sessions, at, calendar) };
}

/** Provides the scheduled gate (and the legal calendar it needs) to the gateway's guard. */
@Global()
@Module({ providers: [LegalCalendarSource, ScheduledCounterSessions], exports: [ScheduledCounterSessions] })
export class CounterSessionsModule {}


/** The 403 for an after-hours clerk outside the unit's sessions, naming the next one. */
export function outsideCounterSession(state: Extract<CounterSessionState, { open: false }>): AppError {
  const then = state.next
    ? `Phiên gần nhất: ${describeSession(state.next)}.`
    : state.unitRunsSessions
      ? 'Không có phiên ngoài giờ nào trong 62 ngày tới.'
      : 'Đơn vị bạn chưa tổ chức phiên tiếp nhận ngoài giờ nào.';
  return new AppError(403, 'outside_counter_session', `Quầy tiếp nhận ngoài giờ của đơn vị bạn hiện không mở phiên làm việc. ${then}`);
}
