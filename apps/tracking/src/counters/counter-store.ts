import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CellDelta } from './contributions';
import { MEASURES } from './measures';

const KEY_COLUMNS = ['grain', 'period_start', 'receiving_unit_code', 'competent_unit_code', 'procedure_code', 'channel', 'time_unit'];
const KEY_TYPES = ['char', 'date', 'text', 'text', 'text', 'text', 'text'];

const columns = [...KEY_COLUMNS, ...MEASURES].join(', ');
const unnestArgs = [...KEY_TYPES, ...MEASURES.map((m) => (m === 'resolution_time_sum' ? 'numeric' : 'bigint'))]
  .map((type, i) => `$${i + 1}::${type}[]`)
  .join(', ');
const increments = MEASURES.map((m) => `${m} = c.${m} + EXCLUDED.${m}`).join(', ');

// One statement for all of an event's cells, taken in key order so that concurrent events lock shared cells alike.
const UPSERT = `INSERT INTO tracking.stat_cells AS c (${columns})
  SELECT * FROM unnest(${unnestArgs}) AS d(${columns})
  ORDER BY ${KEY_COLUMNS.join(', ')}
  ON CONFLICT (${KEY_COLUMNS.join(', ')}) DO UPDATE SET ${increments}`;

/** Writes counter deltas into tracking.stat_cells, inside the caller's transaction. */
@Injectable()
export class CounterStore {
  async apply(manager: EntityManager, deltas: readonly CellDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    const params: unknown[][] = [
      deltas.map((d) => d.grain),
      deltas.map((d) => d.periodStart),
      deltas.map((d) => d.receivingUnitCode),
      deltas.map((d) => d.competentUnitCode),
      deltas.map((d) => d.procedureCode),
      deltas.map((d) => d.channel),
      deltas.map((d) => d.timeUnit),
      ...MEASURES.map((m) => deltas.map((d) => d.measures[m])),
    ];
    await manager.query(UPSERT, params);
  }
}
