import { Injectable } from '@nestjs/common';
import { AppError, type CalendarYearView, type FieldProblem, type SetOfficialYearCommand } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { createVietnamLegalCalendar, type OfficialYearDecision } from '@motcua/working-days';
import { assertProvinceLevelAdmin } from '../../authorization/unit-access';
import { ReferenceReplica } from '../../reference/reference-replica';
import { ReplicaPublisher } from '../../replication/replica-publisher';
import { calendarYearView } from '../calendar-year-view';
import { OfficialYearsStore } from '../official-years.store';

/** A province administrator (from a province) enters a year's official notice; new deadlines count on it as soon as it is published. */
@Injectable()
export class SetOfficialYearUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: OfficialYearsStore,
    private readonly publisher: ReplicaPublisher,
    private readonly reference: ReferenceReplica,
  ) {}

  async execute(command: SetOfficialYearCommand): Promise<CalendarYearView> {
    const { actor, year, body } = command;
    assertProvinceLevelAdmin(actor, this.reference);
    const decision: OfficialYearDecision = {
      year,
      source: body.source,
      statutoryHolidays: body.statutoryHolidays.map(({ date, name }) => ({ date, name })),
      extraDaysOff: body.extraDaysOff.map(({ date, name }) => ({ date, name })),
      swapWorkdays: body.swapWorkdays.map(({ date, name }) => ({ date, name })),
    };
    assertConsistent(decision);
    const view = await runIdempotent(this.runner, { command: 'set-official-year', key: command.idempotencyKey, request: { actor, year, body } }, async (uow) => {
      await this.store.put(uow.manager, decision);
      const all = await this.store.all(uow.manager);
      return calendarYearView(createVietnamLegalCalendar(all), year, all, null);
    });
    await this.publisher.calendarChanged();
    return view;
  }
}

/** Every day inside the year, none listed twice, swap days on weekends: a typo must not reach a deadline. */
function assertConsistent(decision: OfficialYearDecision): void {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const list of ['statutoryHolidays', 'extraDaysOff', 'swapWorkdays'] as const) {
    decision[list].forEach((day, i) => {
      if (!day.date.startsWith(`${decision.year}-`)) problems.push({ field: `${list}[${i}].date`, reason: `phải là một ngày của năm ${decision.year}` });
      if (seen.has(day.date)) problems.push({ field: `${list}[${i}].date`, reason: `${day.date} bị ghi hai lần` });
      seen.add(day.date);
    });
  }
  if (problems.length > 0) throw AppError.invalid(problems);
  try {
    createVietnamLegalCalendar([decision]);
  } catch (error) {
    // The calendar refuses a swap workday that is not a weekly rest day (the rest is checked above).
    const day = /\d{4}-\d{2}-\d{2}/.exec((error as Error).message)?.[0];
    throw AppError.invalid([{ field: 'swapWorkdays', reason: day ? `${day} không phải ngày nghỉ hằng tuần nên không thể là ngày làm bù` : 'không khớp với lịch nghỉ của năm' }]);
  }
}
