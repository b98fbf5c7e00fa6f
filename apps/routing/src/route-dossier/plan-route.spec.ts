import type { ProcedureRecord, UnitRecord } from '@motcua/contracts';
import { planRoute, RoutingError } from './plan-route';

const unit = (code: string, type: UnitRecord['type'], parentCode: string | null): UnitRecord => ({
  code,
  type,
  parentCode,
  name: code,
  agencyCode: `A.${code}`,
  deskName: `desk ${code}`,
  validFrom: '2019-01-01',
  validTo: null,
});
const district = unit('869', 'district', '87');
const commune = unit('29972', 'commune', '869');
const units = new Map([district, commune, unit('87', 'province', null)].map((u) => [u.code, u]));

const procedure = (competence: ProcedureRecord['competence'], value: number): ProcedureRecord => ({
  code: 'p',
  name: 'p',
  field: 'f',
  competence,
  timeLimit: { value, unit: 'working-days' },
  documents: [],
  feeVnd: 0,
  validFrom: '2019-01-01',
  validTo: null,
});

describe('planRoute', () => {
  it('relays a district procedure to the district above the commune and back, inside the total limit', () => {
    const plan = planRoute(procedure('district-above-receiving-unit', 3), commune, units);
    expect(plan).toEqual({
      competentUnitCode: '869',
      mode: 'relay',
      legs: [
        { fromUnitCode: '29972', toUnitCode: '869', direction: 'forward', budgetWorkingDays: 2 },
        { fromUnitCode: '869', toUnitCode: '29972', direction: 'return', budgetWorkingDays: 1 },
      ],
    });
  });

  it('keeps a commune procedure at the receiving unit', () => {
    const plan = planRoute(procedure('receiving-unit', 3), commune, units);
    expect(plan.mode).toBe('local');
    expect(plan.competentUnitCode).toBe('29972');
    expect(plan.legs).toHaveLength(1);
  });

  it('refuses a district procedure received where there is no district above', () => {
    expect(() => planRoute(procedure('district-above-receiving-unit', 3), district, units)).toThrow(RoutingError);
  });
});
