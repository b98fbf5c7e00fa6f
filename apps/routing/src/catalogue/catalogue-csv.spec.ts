import { ProcedureVersionInput, validatePayload } from '@motcua/contracts';
import { SAMPLE_PROCEDURES } from '../__tests__/seed-world';
import { canonical } from '../reference/plan-versions';
import { catalogueToCsv, csvField, csvToCatalogue } from './catalogue-csv';
import { toProcedureRecord } from './to-records';

const HEADER = 'code,validFrom,name,field,competence,timeLimitValue,timeLimitUnit,documents';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('the catalogue as CSV', () => {
  it('exports every version and reads it back to the same versions (UTF-8 with BOM, Vietnamese intact)', async () => {
    const text = catalogueToCsv(SAMPLE_PROCEDURES);
    expect(text.startsWith('\uFEFFcode,localCode,validFrom')).toBe(true);
    expect(text).toContain('Đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho, thừa kế');
    const { rows, problems } = csvToCatalogue(text);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual(SAMPLE_PROCEDURES.map((_, i) => i + 2));
    const records = await Promise.all(rows.map(async (r) => toProcedureRecord(await validatePayload(ProcedureVersionInput, r.plain))));
    expect(records.map(canonical)).toEqual(SAMPLE_PROCEDURES.map(canonical));
  });

  it('reads a minimal row: lists one item per line, parts separated by “|”', async () => {
    const { rows, problems } = csvToCatalogue(
      csv('1.000001,2027-01-01,Thủ tục mẫu,Hộ tịch,receiving-unit,3,working-days,"to-khai | Tờ khai | original | 1 | fill-on-behalf\nban-sao | Bản sao | copy | 2"'),
    );
    expect(problems).toEqual([]);
    const input = await validatePayload(ProcedureVersionInput, rows[0].plain);
    expect(toProcedureRecord(input)).toEqual({
      code: '1.000001',
      name: 'Thủ tục mẫu',
      field: 'Hộ tịch',
      competence: 'receiving-unit',
      timeLimit: { value: 3, unit: 'working-days' },
      documents: [
        { code: 'to-khai', name: 'Tờ khai', form: 'original', count: 1, fillOnBehalf: true },
        { code: 'ban-sao', name: 'Bản sao', form: 'copy', count: 2 },
      ],
      feeVnd: 0,
      validFrom: '2027-01-01',
      validTo: null,
    });
  });

  it('names the spreadsheet row and the column of every cell it cannot read', () => {
    const { problems } = csvToCatalogue(
      csv(
        '1.000001,2027-01-01,A,Hộ tịch,receiving-unit,ba,working-days,"to-khai | Tờ khai"',
        '1.000002,2027-01-01,B,Hộ tịch,receiving-unit,3,working-days,"to-khai | Tờ khai | original | một"',
      ),
    );
    expect(problems).toEqual([
      { field: 'row 2.timeLimitValue', reason: 'phải là số nguyên' },
      { field: 'row 2.documents', reason: expect.stringContaining('mỗi dòng') },
      { field: 'row 3.documents', reason: 'số bản của “to-khai” phải là số nguyên' },
    ]);
  });

  it('refuses unknown or missing columns and broken quoting, naming the line', () => {
    expect(csvToCatalogue('code,name,colour\n1.000001,A,red').problems).toEqual([
      { field: 'line 1', reason: expect.stringMatching(/cột không có trong mẫu: colour.*thiếu cột: validFrom/) },
    ]);
    expect(csvToCatalogue(csv('1.000001,"2027-01-01')).problems).toEqual([{ field: 'line 2', reason: expect.stringContaining('không đọc được CSV') }]);
  });

  it('maps contract field paths to the CSV columns', () => {
    expect(csvField('timeLimit.unit')).toBe('timeLimitUnit');
    expect(csvField('timeLimit.value')).toBe('timeLimitValue');
    expect(csvField('documents.2.count')).toBe('documents[2].count');
    expect(csvField('validFrom')).toBe('validFrom');
  });
});
