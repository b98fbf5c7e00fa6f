import type { DeliveryReportRow } from '@motcua/contracts';
import { csvCell, deliveriesCsv, vietnamTime } from './deliveries-csv';

const row: DeliveryReportRow = {
  id: '0b6f8a52-8d0e-4c8e-9f8e-1d7f3c2a1b00',
  dossierCode: '000.00.13.H20-251120-0001',
  unitCode: '29972',
  audience: 'citizen',
  template: 'receipt',
  templateVersion: 1,
  channel: 'sms',
  recipient: '09******78',
  status: 'permanent-failure',
  attempts: 4,
  provider: 'sms-http-gateway',
  providerRef: null,
  lastError: 'gave up after 4 attempts: SMS gateway answered HTTP 503',
  fallbackOf: null,
  createdAt: '2025-11-20T03:00:00.000Z',
  updatedAt: '2025-11-20T03:05:00.000Z',
  deliveredAt: null,
  reportedUndeliveredAt: '2025-11-20T03:05:00.000Z',
};

describe('deliveriesCsv', () => {
  it('writes a BOM, Vietnamese headers and one CRLF line per message, times in Vietnam time', () => {
    const lines = deliveriesCsv([row]).split('\r\n');
    expect(lines[0].startsWith('\uFEFFMã tin,Mã hồ sơ,Đơn vị,')).toBe(true);
    expect(lines[1]).toBe(
      '0b6f8a52-8d0e-4c8e-9f8e-1d7f3c2a1b00,000.00.13.H20-251120-0001,29972,citizen,receipt,1,sms,09******78,permanent-failure,4,' +
        'sms-http-gateway,,gave up after 4 attempts: SMS gateway answered HTTP 503,,2025-11-20 10:00:00,2025-11-20 10:05:00,,2025-11-20 10:05:00',
    );
    expect(lines[2]).toBe('');
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe(`"'-1"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('formats Vietnam time across midnight', () => {
    expect(vietnamTime('2025-12-31T17:05:00.000Z')).toBe('2026-01-01 00:05:00');
    expect(vietnamTime(null)).toBe('');
  });
});
