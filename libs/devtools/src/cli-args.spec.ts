import { SERVICE_NAMES } from '@motcua/testing';
import { parseServices } from './cli-args';

describe('parseServices', () => {
  it('defaults to every service', () => {
    expect(parseServices([])).toEqual(SERVICE_NAMES);
  });

  it('takes a list, in both spellings', () => {
    expect(parseServices(['--services', 'gateway,intake'])).toEqual(['gateway', 'intake']);
    expect(parseServices(['--services=relay'])).toEqual(['relay']);
  });

  it('rejects unknown or empty lists', () => {
    expect(() => parseServices(['--services', 'gateway,billing'])).toThrow(/unknown billing/);
    expect(() => parseServices(['--services'])).toThrow(/unknown \(empty\)/);
  });
});
