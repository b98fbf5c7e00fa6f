import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LegalCalendarSource } from '@motcua/platform';
import { counterDeltas } from '../counters/contributions';
import { CounterStore } from '../counters/counter-store';
import type { DossierFact } from './dossier-fact';
import { deriveFigures } from './dossier-figures';
import { applyChange, type FactChange } from './fact-changes';
import { FIGURE_COLUMNS, figuresFromRow, figureValues } from './figures-row';

const UPDATE = `UPDATE tracking.dossier_facts SET fact = $2, ${FIGURE_COLUMNS.map((c, i) => `${c} = $${i + 3}`).join(', ')}, updated_at = now()
  WHERE dossier_code = $1`;

// jsonb reorders keys: compare contents, not key order.
const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/** The per-dossier facts and, in the same transaction, the counters they feed. */
@Injectable()
export class FactStore {
  constructor(
    private readonly calendar: LegalCalendarSource,
    private readonly counters: CounterStore,
  ) {}

  /**
   * Folds one change into the dossier's fact (row locked: events of one dossier arrive on several consumers at once)
   * and moves the counters by the difference between the dossier's old and new contributions. A change that alters
   * nothing (a replay) writes nothing.
   */
  async apply(manager: EntityManager, dossierCode: string, change: FactChange): Promise<DossierFact> {
    await manager.query(`INSERT INTO tracking.dossier_facts (dossier_code, fact) VALUES ($1, '{}') ON CONFLICT DO NOTHING`, [dossierCode]);
    const [row] = await manager.query('SELECT * FROM tracking.dossier_facts WHERE dossier_code = $1 FOR UPDATE', [dossierCode]);
    const fact = applyChange(row.fact as DossierFact, change);
    if (stableJson(fact) === stableJson(row.fact)) return fact;

    const before = figuresFromRow(row);
    const after = deriveFigures(fact, this.calendar.current());
    await this.counters.apply(manager, counterDeltas(before, after));
    if (after && (after.receivingUnitCode !== before?.receivingUnitCode || after.competentUnitCode !== before?.competentUnitCode)) {
      await manager.query(
        `INSERT INTO tracking.known_codes (kind, code) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
        [
          ['unit', 'unit', 'procedure'],
          [after.receivingUnitCode, after.competentUnitCode, after.procedureCode],
        ],
      );
    }
    await manager.query(UPDATE, [dossierCode, JSON.stringify(fact), ...figureValues(after)]);
    return fact;
  }

  async find(manager: EntityManager, dossierCode: string): Promise<DossierFact | undefined> {
    const [row] = await manager.query('SELECT fact FROM tracking.dossier_facts WHERE dossier_code = $1', [dossierCode]);
    return row?.fact;
  }
}
