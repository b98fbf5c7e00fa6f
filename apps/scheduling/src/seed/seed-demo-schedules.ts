import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@motcua/persistence';
import { UnitScheduleStore } from '../schedules/unit-schedule.store';
import { DEMO_SESSIONS, DEMO_THEME_DAYS } from './demo-schedules';

/** Loads the seed stories' sessions and theme days once; what an administrator changed later is kept. */
@Injectable()
export class SeedDemoSchedules {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: UnitScheduleStore,
  ) {}

  async execute(): Promise<void> {
    await this.runner.run(async (uow) => {
      for (const session of DEMO_SESSIONS) {
        const [exists] = await uow.manager.query('SELECT 1 FROM scheduling.sessions WHERE id = $1', [session.id]);
        if (!exists) await this.store.saveSession(uow.manager, session);
      }
      for (const unitCode of new Set(DEMO_THEME_DAYS.map((t) => t.unitCode))) {
        const [any] = await uow.manager.query('SELECT 1 FROM scheduling.theme_days WHERE unit_code = $1 LIMIT 1', [unitCode]);
        if (!any) await this.store.replaceThemeDays(uow.manager, unitCode, DEMO_THEME_DAYS.filter((t) => t.unitCode === unitCode));
      }
    });
  }
}
