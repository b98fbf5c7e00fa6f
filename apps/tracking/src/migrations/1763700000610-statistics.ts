import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Statistics1763700000610 implements MigrationInterface {
  name = 'Statistics1763700000610';

  async up(q: QueryRunner): Promise<void> {
    // The public lookup's second factor: intake's salted hashes, never the digits themselves.
    await q.query('ALTER TABLE tracking.dossiers ADD COLUMN lookup_factors text[]');

    // One row per dossier: the folded events (fact) and the figures derived from them, which the counters and the
    // stock queries read. Nothing personal.
    await q.query(`CREATE TABLE tracking.dossier_facts (
      dossier_code text PRIMARY KEY,
      fact jsonb NOT NULL,
      receiving_unit_code text,
      competent_unit_code text,
      procedure_code text,
      channel text,
      time_unit text,
      received_at timestamptz,
      due_at timestamptz,
      ended_at timestamptz,
      end_kind text CHECK (end_kind IN ('resolved', 'refused', 'withdrawn')),
      end_class text CHECK (end_class IN ('early', 'on-time', 'late')),
      paused_since timestamptz,
      late_already boolean,
      resolution_time numeric,
      after_hours boolean,
      instant_day boolean,
      awaiting_collection boolean,
      supplement_days text[],
      delay_day text,
      bundle text CHECK (bundle IN ('first', 'member')),
      rating text CHECK (rating IN ('satisfied', 'dissatisfied')),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ended_after_received CHECK (ended_at >= received_at)
    )`);
    // "Open at instant X" (received before X, not ended before X) is a stabbing query on this range: carried over at
    // the start of a period, in progress at its end, without scanning history.
    await q.query(`CREATE INDEX dossier_facts_open_during ON tracking.dossier_facts
      USING gist (tstzrange(received_at, ended_at, '(]')) WHERE received_at IS NOT NULL`);
    // The register: a desk's dossiers by reception time.
    await q.query(`CREATE INDEX dossier_facts_register ON tracking.dossier_facts (receiving_unit_code, received_at, dossier_code)
      WHERE received_at IS NOT NULL`);

    // Pre-aggregated counters per day and per month; kept by deltas in the transaction of each event. Room left on each
    // page so an increment (no indexed column changes) is a HOT update that touches no index.
    await q.query(`CREATE TABLE tracking.stat_cells (
      grain char(1) NOT NULL CHECK (grain IN ('d', 'm')),
      period_start date NOT NULL,
      receiving_unit_code text NOT NULL,
      competent_unit_code text NOT NULL,
      procedure_code text NOT NULL,
      channel text NOT NULL,
      time_unit text NOT NULL,
      received bigint NOT NULL DEFAULT 0,
      received_after_hours bigint NOT NULL DEFAULT 0,
      received_instant bigint NOT NULL DEFAULT 0,
      bundles bigint NOT NULL DEFAULT 0,
      bundle_dossiers bigint NOT NULL DEFAULT 0,
      ended bigint NOT NULL DEFAULT 0,
      ended_early bigint NOT NULL DEFAULT 0,
      ended_on_time bigint NOT NULL DEFAULT 0,
      ended_late bigint NOT NULL DEFAULT 0,
      resolved_early bigint NOT NULL DEFAULT 0,
      resolved_on_time bigint NOT NULL DEFAULT 0,
      resolved_late bigint NOT NULL DEFAULT 0,
      resolution_time_sum numeric NOT NULL DEFAULT 0,
      withdrawn bigint NOT NULL DEFAULT 0,
      refused bigint NOT NULL DEFAULT 0,
      awaiting_collection bigint NOT NULL DEFAULT 0,
      rated bigint NOT NULL DEFAULT 0,
      rated_dissatisfied bigint NOT NULL DEFAULT 0,
      unsatisfactory bigint NOT NULL DEFAULT 0,
      supplement_requests bigint NOT NULL DEFAULT 0,
      delays bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (grain, period_start, receiving_unit_code, competent_unit_code, procedure_code, channel, time_unit)
    ) WITH (fillfactor = 80)`);
    await q.query('CREATE INDEX stat_cells_by_competent ON tracking.stat_cells (grain, competent_unit_code, period_start)');
    await q.query('CREATE INDEX stat_cells_by_receiving ON tracking.stat_cells (grain, receiving_unit_code, period_start)');

    // Units and procedures that appear on dossiers: "a unit and its children" is the known units filtered by the
    // replicated unit tree, "a field" the known procedures filtered by the catalogue (the replica cannot list keys).
    await q.query(`CREATE TABLE tracking.known_codes (
      kind text NOT NULL CHECK (kind IN ('unit', 'procedure')),
      code text NOT NULL,
      PRIMARY KEY (kind, code)
    )`);

    // Outreach campaign coverage (scheduling's visit events carry the campaign's running totals, no names).
    await q.query(`CREATE TABLE tracking.outreach_campaigns (
      campaign_id text PRIMARY KEY,
      unit_code text NOT NULL,
      targets integer NOT NULL,
      completed integer NOT NULL,
      last_visit_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE tracking.outreach_visits (
      campaign_id text NOT NULL,
      visited_at timestamptz NOT NULL,
      outcome text NOT NULL,
      dossier_code text NOT NULL DEFAULT '',
      PRIMARY KEY (campaign_id, visited_at, outcome, dossier_code)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE tracking.outreach_visits');
    await q.query('DROP TABLE tracking.outreach_campaigns');
    await q.query('DROP TABLE tracking.known_codes');
    await q.query('DROP TABLE tracking.stat_cells');
    await q.query('DROP TABLE tracking.dossier_facts');
    await q.query('ALTER TABLE tracking.dossiers DROP COLUMN lookup_factors');
  }
}
