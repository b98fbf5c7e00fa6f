import { Injectable } from '@nestjs/common';
import { AppError, type SetDeskHoursCommand, type UnitScheduleView } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { addDays, parseClockTime, vietnamDayOf } from '@motcua/working-days';
import { assertManagesUnit } from '../../authorization/unit-access';
import { SchedulingCalendar } from '../../calendar/scheduling-calendar';
import { ReferenceReplica } from '../../reference/reference-replica';
import { ReplicaPublisher } from '../../replication/replica-publisher';
import { UnitScheduleStore } from '../unit-schedule.store';
import { unitScheduleView } from '../unit-schedule-view';

/** A unit's regular desk hours (on legal working days); after-hours counters are sessions, not desk hours. */
@Injectable()
export class SetDeskHoursUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: UnitScheduleStore,
    private readonly reference: ReferenceReplica,
    private readonly calendars: SchedulingCalendar,
    private readonly publisher: ReplicaPublisher,
  ) {}

  async execute(command: SetDeskHoursCommand): Promise<UnitScheduleView> {
    const { actor, body } = command;
    const unit = this.reference.requireUnit(body.unitCode);
    assertManagesUnit(actor, body.unitCode, this.reference);
    body.windows.forEach((w, i) => {
      const previousEnd = i === 0 ? 0 : parseClockTime(body.windows[i - 1].end);
      if (parseClockTime(w.start) >= parseClockTime(w.end) || parseClockTime(w.start) < previousEnd) {
        throw AppError.invalid([{ field: `windows[${i}]`, reason: 'các khung giờ không được rỗng, phải theo thứ tự và không chồng lên nhau' }]);
      }
    });
    const record = await runIdempotent(this.runner, { command: 'set-desk-hours', key: command.idempotencyKey, request: { actor, body } }, async (uow) => {
      await this.store.setDeskHours(uow.manager, body.unitCode, body.windows.map(({ start, end }) => ({ start, end })));
      return this.store.load(body.unitCode, uow.manager);
    });
    await this.publisher.unitChanged(body.unitCode);
    const today = vietnamDayOf(new Date());
    return unitScheduleView(record, unit.name, await this.calendars.forProvince(this.reference.provinceOf(unit.code)), today, addDays(today, 6));
  }
}
