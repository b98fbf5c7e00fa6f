import type { DeskProcedure } from './catalogue';
import { checkFee, feeBody, feeStatus, listedFee } from './fees';

const business = { fees: [{ channel: 'in-person', amountVnd: 100000 }, { channel: 'online', amountVnd: 50000 }], feeExemptions: ['Người thuộc hộ nghèo'] } satisfies Pick<DeskProcedure, 'fees' | 'feeExemptions'>;
const free: Pick<DeskProcedure, 'fees' | 'feeExemptions'> = { fees: [{ channel: 'in-person', amountVnd: 0 }], feeExemptions: [] };

describe('fees at the desk', () => {
  it('takes the channel schedule, else the in-person fee', () => {
    expect(listedFee(business, 'counter')).toBe(100000);
    expect(listedFee(business, 'hamlet-point')).toBe(100000);
    expect(listedFee(business, 'zalo')).toBe(50000);
    expect(listedFee(business, 'post')).toBe(100000);
    expect(listedFee({ fees: [] }, 'counter')).toBe(0);
  });

  it('says what will be recorded', () => {
    expect(feeStatus(0, { exemption: '', receiptNumber: '' })).toBe('none');
    expect(feeStatus(100000, { exemption: 'Người thuộc hộ nghèo', receiptNumber: '' })).toBe('exempt');
    expect(feeStatus(100000, { exemption: '', receiptNumber: 'BL-01' })).toBe('paid');
    expect(feeStatus(100000, { exemption: '', receiptNumber: ' ' })).toBe('due');
  });

  it('refuses an exemption the catalogue does not list, and a receipt for a free or exempt dossier', () => {
    expect(checkFee(business, 'counter', { exemption: 'Cán bộ', receiptNumber: '' })).toEqual([{ field: 'fee.exemption', key: 'feeExemptionUnknown' }]);
    expect(checkFee(free, 'counter', { exemption: '', receiptNumber: 'BL1' })).toEqual([{ field: 'fee.receiptNumber', key: 'feeNoReceiptWhenFree' }]);
    expect(checkFee(business, 'counter', { exemption: 'Người thuộc hộ nghèo', receiptNumber: 'BL1' })[0].key).toBe('feeNoReceiptWhenFree');
    expect(checkFee(business, 'counter', { exemption: '', receiptNumber: 'BL 01' })[0].key).toBe('feeReceiptFormat');
    expect(checkFee(business, 'counter', { exemption: '', receiptNumber: '0001234/BL-2026' })).toEqual([]);
  });

  it('sends only what was given', () => {
    expect(feeBody({ exemption: '', receiptNumber: '' })).toBeUndefined();
    expect(feeBody({ exemption: '', receiptNumber: ' BL1 ' })).toEqual({ receiptNumber: 'BL1' });
    expect(feeBody({ exemption: 'Người thuộc hộ nghèo', receiptNumber: '' })).toEqual({ exemption: 'Người thuộc hộ nghèo' });
  });
});
