import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError, type SetThemeDaysCommand, type ThemeDayRecord, type UnitScheduleView } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { addDays, vietnamDayOf } from '@motcua/working-days';
import { assertManagesUnit } from '../../authorization/unit-access';
import { SchedulingCalendar } from '../../calendar/scheduling-calendar';
import { ReferenceReplica } from '../../reference/reference-replica';
import { ReplicaPublisher } from '../../replication/replica-publisher';
import { UnitScheduleStore } from '../unit-schedule.store';
import { unitScheduleView } from '../unit-schedule-view';

/** A unit's theme days ("Thursday: no-writing, no-appointment", "online Wednesday"), as a whole list. */
@Injectable()
export class SetThemeDaysUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: UnitScheduleStore,
    private readonly reference: ReferenceReplica,
    private readonly calendars: SchedulingCalendar,
    private readonly publisher: ReplicaPublisher,
  ) {}

  async execute(command: SetThemeDaysCommand): Promise<UnitScheduleView> {
    const { actor, body } = command;
    const unit = this.reference.requireUnit(body.unitCode);
    assertManagesUnit(actor, body.unitCode, this.reference);
    body.themeDays.forEach((t, i) => {
      if (t.validTo !== undefined && t.validTo < t.validFrom) throw AppError.invalid([{ field: `themeDays[${i}].validTo`, reason: 'không được trước ngày bắt đầu hiệu lực (validFrom)' }]);
    });
    const record = await runIdempotent(this.runner, { command: 'set-theme-days', key: command.idempotencyKey, request: { actor, body } }, async (uow) => {
      const themeDays: ThemeDayRecord[] = body.themeDays.map((t) => ({
        id: randomUUID(),
        unitCode: body.unitCode,
        theme: t.theme,
        weekdays: [...new Set(t.weekdays)],
        validFrom: t.validFrom,
        validTo: t.validTo ?? null,
        procedures: t.procedures ? [...new Set(t.procedures)] : null,
      }));
      await this.store.replaceThemeDays(uow.manager, body.unitCode, themeDays);
      return this.store.load(body.unitCode, uow.manager);
    });
    await this.publisher.unitChanged(body.unitCode);
    const today = vietnamDayOf(new Date());
    return unitScheduleView(record, unit.name, await this.calendars.forProvince(this.reference.provinceOf(unit.code)), today, addDays(today, 6));
  }
}
