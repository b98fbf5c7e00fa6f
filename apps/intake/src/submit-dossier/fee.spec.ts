import type { ProcedureRecord } from '@motcua/contracts';
import { settleFee } from './fee';

const business: ProcedureRecord = {
  code: '1.001612',
  name: 'Đăng ký thành lập hộ kinh doanh',
  field: 'Hộ kinh doanh',
  competence: 'district-above-receiving-unit',
  timeLimit: { value: 3, unit: 'working-days' },
  documents: [],
  feeVnd: 100000,
  fees: [
    { channel: 'in-person', amountVnd: 100000 },
    { channel: 'online', amountVnd: 50000 },
  ],
  feeExemptions: ['Hộ nghèo', 'Người khuyết tật'],
  validFrom: '2019-01-01',
  validTo: null,
};

describe('settleFee', () => {
  it('charges the channel’s amount: in person at any counter or assisted point, online less, post as in person', () => {
    expect(settleFee(business, 'counter')).toEqual({ fee: { channel: 'in-person', listedVnd: 100000, amountVnd: 100000, status: 'due' } });
    expect(settleFee(business, 'hamlet-point', { receiptNumber: 'BL-0001234' })).toEqual({
      fee: { channel: 'in-person', listedVnd: 100000, amountVnd: 100000, status: 'paid', receiptNumber: 'BL-0001234' },
    });
    expect(settleFee(business, 'online')).toMatchObject({ fee: { channel: 'online', amountVnd: 50000 } });
    expect(settleFee(business, 'post')).toMatchObject({ fee: { channel: 'post', amountVnd: 100000 } });
  });

  it('exempts only who the catalogue lists, and then takes no receipt', () => {
    expect(settleFee(business, 'counter', { exemption: 'Hộ nghèo'.normalize('NFD') })).toEqual({
      fee: { channel: 'in-person', listedVnd: 100000, amountVnd: 0, status: 'exempt', exemption: 'Hộ nghèo' },
    });
    expect(settleFee(business, 'counter', { exemption: 'Người cao tuổi' })).toEqual({
      problem: { field: 'fee.exemption', reason: expect.stringContaining('chỉ miễn cho: Hộ nghèo; Người khuyết tật') },
    });
    expect(settleFee(business, 'counter', { exemption: 'Hộ nghèo', receiptNumber: 'BL-1' })).toMatchObject({ problem: { field: 'fee.receiptNumber' } });
  });

  it('records a free procedure as no fee', () => {
    expect(settleFee({ ...business, feeVnd: 0, fees: undefined, feeExemptions: undefined }, 'counter')).toEqual({
      fee: { channel: 'in-person', listedVnd: 0, amountVnd: 0, status: 'none' },
    });
  });
});
