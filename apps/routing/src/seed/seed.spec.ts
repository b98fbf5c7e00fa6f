import { ProcedureVersionInput, UnitVersionInput, validatePayload } from '@motcua/contracts';
import { checkBundle, checkProcedure } from '../catalogue/check-catalogue';
import { planVersions } from '../reference/plan-versions';
import { checkTree, checkUnit } from '../units/check-units';
import { SAMPLE_ALIASES, SAMPLE_BUNDLES, SAMPLE_PROCEDURES, SAMPLE_UNITS } from './../__tests__/seed-world';

/** The demo seed obeys the rules an administrator's import must obey. */
describe('the sample reference data', () => {
  it('has at least 20 procedures of DOMAIN.md §9, at commune and district level, each version valid', async () => {
    expect(new Set(SAMPLE_PROCEDURES.map((p) => p.code)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(SAMPLE_PROCEDURES.map((p) => p.field))).toEqual(
      new Set(['Hộ tịch', 'Chứng thực', 'Đăng ký, quản lý cư trú', 'Thành lập và hoạt động của hộ kinh doanh', 'Hoạt động xây dựng', 'Đất đai']),
    );
    for (const procedure of SAMPLE_PROCEDURES) {
      await validatePayload(ProcedureVersionInput, { ...procedure });
      expect([procedure.code, checkProcedure(procedure)]).toEqual([procedure.code, []]);
    }
    expect(planVersions([], SAMPLE_PROCEDURES, '2026-11-20', (i) => `procedures[${i}]`).problems).toEqual([]);
  });

  it('has the bundles of the seed stories, each member in force when the bundle starts', () => {
    expect(SAMPLE_BUNDLES.map((b) => b.procedureCodes)).toContainEqual(['1.004873', '1.004222']);
    expect(SAMPLE_BUNDLES.map((b) => b.procedureCodes)).toContainEqual(['1.000894', '1.004222']);
    for (const bundle of SAMPLE_BUNDLES) expect(checkBundle(bundle, SAMPLE_PROCEDURES)).toEqual([]);
  });

  it('holds both structures as a valid tree, with the mergers as aliases', async () => {
    for (const unit of SAMPLE_UNITS) {
      await validatePayload(UnitVersionInput, { ...unit });
      expect([unit.code, checkUnit(unit)]).toEqual([unit.code, []]);
    }
    expect(planVersions([], SAMPLE_UNITS, '2026-11-20', (i) => `units[${i}]`).problems).toEqual([]);
    const rows = SAMPLE_UNITS.map((unit, i) => ({ row: `units[${i}]`, unit }));
    expect(checkTree(SAMPLE_UNITS, rows, SAMPLE_ALIASES.map((alias, i) => ({ row: `aliases[${i}]`, alias })))).toEqual([]);
  });
});
