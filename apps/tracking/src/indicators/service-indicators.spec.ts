import { calendar, figures } from '../__tests__/dossiers';
import { hiepXuong2020 } from '../__tests__/hiep-xuong-2020';
import { inMemoryReport } from '../__tests__/in-memory-report';
import { MARCH_2020 } from '../__tests__/march-2020';
import type { FactChange } from '../dossier-facts/fact-changes';
import { reportPeriod } from '../statistics/report-period';
import { totalOf } from '../statistics/report-figures';
import { ONLINE_CHANNELS, serviceIndicators } from './service-indicators';

function indicatorsOf(lives: FactChange[][], from: string, to: string) {
  const dossiers = lives.map((life) => figures(...life));
  const period = reportPeriod(from, to, new Date('2021-06-01T00:00:00Z'));
  const { flows, stocks } = inMemoryReport(dossiers, period, calendar);
  const receivedOnline = dossiers.filter((d) => ONLINE_CHANNELS.includes(d.channel) && d.receivedAt >= period.start && d.receivedAt < period.end).length;
  return Object.fromEntries(serviceIndicators({ total: totalOf(flows), receivedOnline, stocks }).map((i) => [i.code, i]));
}

describe('Decision 766 indicators', () => {
  it('2.1 is 100% for the seed year (1,003 on time + 283 early of 1,286), 3.3 counts the hamlet office filings', () => {
    const year = indicatorsOf(hiepXuong2020(), '2020-01-01', '2020-12-31');
    expect(year['2.1']).toMatchObject({ value: 100, numerator: 1286, denominator: 1286, available: true });
    expect(year['3.3']).toMatchObject({ value: 9.8, numerator: 126, denominator: 1286 });
    expect(year['5.c']).toMatchObject({ value: 100, numerator: 1286, denominator: 1286 });
  });

  describe('on the constructed month (March 2020)', () => {
    const march = indicatorsOf(Object.values(MARCH_2020), '2020-03-01', '2020-03-31');

    it('2.1 = (ended early or on time + in progress not late) ÷ (received + carried over)', () => {
      // ended compliant: 01, 15, 18, 12 (refused in time) early; 02, 06 on time; in progress not late: 08, 10, 11
      expect(march['2.1']).toMatchObject({ numerator: 9, denominator: 16, value: 56.25 });
    });

    it('2.2 is given per procedure (in each one’s unit); the indicator row counts the resolutions', () => {
      expect(march['2.2']).toMatchObject({ numerator: null, denominator: 9, value: null, available: true });
    });

    it('3.3 = online receptions ÷ receptions', () => {
      // 09 at the hamlet point, 11 online, of 15 received in March
      expect(march['3.3']).toMatchObject({ numerator: 2, denominator: 15, value: 13.33 });
    });

    it('5.c = (ended − late or rated dissatisfied) ÷ ended', () => {
      // ended 11; late 03, 04, 07, 13, 14; dissatisfied 02
      expect(march['5.c']).toMatchObject({ numerator: 5, denominator: 11, value: 45.45 });
    });

    it('says what is missing for the indicators our data cannot compute yet', () => {
      for (const code of ['4.1', '4.2', '4.3', '4.4', '4.5', '5.a', '5.b']) {
        expect(march[code]).toMatchObject({ available: false, value: null, missing: expect.any(String) });
      }
    });
  });

  it('shows N/A (null), not 0 %, when there is nothing to count', () => {
    const empty = indicatorsOf([], '2020-03-01', '2020-03-31');
    expect(empty['2.1']).toMatchObject({ value: null, denominator: 0 });
  });
});
