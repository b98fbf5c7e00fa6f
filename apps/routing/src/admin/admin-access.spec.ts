import { AppError } from '@motcua/contracts';
import { SAMPLE_ALIASES, TODAY_LIKE, unitsOn } from '../__tests__/seed-world';
import { assertProvinceAdmin, assertReferenceReader, provinceFamily } from './admin-access';

const units = [...unitsOn(TODAY_LIKE).values()];
const actor = (unitCode: string, roles: ('province-admin' | 'desk-clerk' | 'auditor')[] = ['province-admin']) => ({ staffId: 'a', unitCode, roles });

describe('who manages reference data', () => {
  it('lets a province administrator act for the province their unit became through a merger', () => {
    expect(assertProvinceAdmin(actor('87'), units, SAMPLE_ALIASES, TODAY_LIKE).code).toBe('82');
    expect(assertProvinceAdmin(actor('82'), units, SAMPLE_ALIASES, TODAY_LIKE).code).toBe('82');
  });

  it('refuses other roles and administrators of a unit that is not a province', () => {
    expect(() => assertProvinceAdmin(actor('87', ['desk-clerk']), units, SAMPLE_ALIASES, TODAY_LIKE)).toThrow(AppError);
    expect(() => assertProvinceAdmin(actor('29972'), units, SAMPLE_ALIASES, TODAY_LIKE)).toThrow(/tỉnh/);
    expect(() => assertReferenceReader(actor('29972', ['desk-clerk']))).toThrow(AppError);
    expect(() => assertReferenceReader(actor('82', ['auditor']))).not.toThrow();
  });

  it('takes in the provinces merged into it and the one it became', () => {
    expect(provinceFamily('82', SAMPLE_ALIASES)).toEqual(new Set(['82', '87']));
    expect(provinceFamily('87', SAMPLE_ALIASES)).toEqual(new Set(['82', '87']));
  });
});
