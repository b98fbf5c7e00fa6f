import { Injectable } from '@nestjs/common';
import { AppError, type CalendarYearView, type FieldProblem, type SetProvinceDaysCommand } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { createVietnamLegalCalendar, weekdayOf } from '@motcua/working-days';
import { assertProvinceLevelAdmin } from '../../authorization/unit-access';
import { ReferenceReplica } from '../../reference/reference-replica';
import { ReplicaPublisher } from '../../replication/replica-publisher';
import { calendarYearView } from '../calendar-year-view';
import { OfficialYearsStore } from '../official-years.store';
import { ProvinceDaysStore } from '../province-days.store';

/** A province administrator enters their province's own days of a year (an extra day off, a weekend day worked). */
@Injectable()
export class SetProvinceDaysUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly years: OfficialYearsStore,
    private readonly provinceDays: ProvinceDaysStore,
    private readonly reference: ReferenceReplica,
    private readonly publisher: ReplicaPublisher,
  ) {}

  async execute(command: SetProvinceDaysCommand): Promise<CalendarYearView> {
    const { actor, year, body } = command;
    const province = assertProvinceLevelAdmin(actor, this.reference);
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    body.days.forEach((day, i) => {
      if (!day.date.startsWith(`${year}-`)) problems.push({ field: `days[${i}].date`, reason: `phải là một ngày của năm ${year}` });
      if (seen.has(day.date)) problems.push({ field: `days[${i}].date`, reason: `${day.date} bị ghi hai lần` });
      if (day.kind === 'swap-workday' && !['saturday', 'sunday'].includes(weekdayOf(day.date))) {
        problems.push({ field: `days[${i}].date`, reason: 'ngày làm bù phải là thứ Bảy hoặc Chủ nhật' });
      }
      seen.add(day.date);
    });
    if (problems.length > 0) throw AppError.invalid(problems);

    const view = await runIdempotent(this.runner, { command: 'set-province-days', key: command.idempotencyKey, request: { actor, year, body } }, async (uow) => {
      await this.provinceDays.replaceYear(
        uow.manager,
        province.code,
        year,
        body.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name, source: body.source })),
      );
      const years = await this.years.all(uow.manager);
      const calendar = createVietnamLegalCalendar(years, { provinceCode: province.code }, await this.provinceDays.all(uow.manager));
      return calendarYearView(calendar, year, years, province.code);
    });
    await this.publisher.calendarChanged();
    return view;
  }
}
