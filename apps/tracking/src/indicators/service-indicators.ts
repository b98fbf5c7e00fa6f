import type { Channel, ServiceIndicator } from '@motcua/contracts';
import type { Measures } from '../counters/measures';
import { percent, type Stocks } from '../statistics/report-figures';

/**
 * KenhThucHien = 2 (online) of the 766 sync. An assisted hamlet point files online for the citizen, and a Zalo receipt
 * is an electronic submission; a counter, an after-hours counter and an outreach visit are direct (1), post is 3.
 */
export const ONLINE_CHANNELS: readonly Channel[] = ['online', 'hamlet-point', 'zalo'];

export interface IndicatorInputs {
  /** Counters of the period for all dossiers in scope. */
  total: Measures;
  /** Dossiers received in the period through an online channel. */
  receivedOnline: number;
  stocks: Stocks;
}

const indicator = (code: string, name: string, formula: string, numerator: number, denominator: number): ServiceIndicator => ({
  code,
  name,
  value: percent(numerator, denominator),
  numerator,
  denominator,
  available: true,
  formula,
});

const missing = (code: string, name: string, formula: string, what: string): ServiceIndicator => ({
  code,
  name,
  value: null,
  numerator: null,
  denominator: null,
  available: false,
  missing: what,
  formula,
});

/** The indicators of Decision 766/QĐ-TTg that our data can compute, and the others marked with what is missing. */
export function serviceIndicators({ total: m, receivedOnline, stocks }: IndicatorInputs): ServiceIndicator[] {
  const toProcess = m.received + stocks.carriedOver;
  return [
    // 2.1: dossiers finished, or still in progress, no later than NgayHenTra ÷ dossiers received or processed in the
    // period. Ended compliant = ended early + on time (every kind of end); in progress and not late at asOf =
    // near-late + not yet due. Supplement rules live in outcomeOf (ended) and dueStatusAt (in progress).
    indicator(
      '2.1',
      'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn',
      '(Số hồ sơ đã kết thúc xử lý trước hạn, đúng hạn + số hồ sơ đang giải quyết chưa quá hạn) ÷ (số hồ sơ tiếp nhận trong kỳ + số hồ sơ kỳ trước chuyển sang). Trừ thời gian chờ bổ sung; yêu cầu bổ sung quá 1 lần tính là quá hạn.',
      m.ended_early + m.ended_on_time + stocks.inProgress.nearLate + stocks.inProgress.notYetDue,
      toProcess,
    ),
    // 2.2 is per procedure, in the procedure's unit: see ServiceIndicators.averageResolutionTime.
    {
      code: '2.2',
      name: 'Thời gian giải quyết trung bình của một thủ tục hành chính',
      value: null,
      // Procedures count in different units: no single total; the denominator is the resolutions averaged over.
      numerator: null,
      denominator: m.resolved_early + m.resolved_on_time + m.resolved_late,
      available: true,
      formula: 'Tổng thời gian giải quyết (trừ thời gian chờ bổ sung) ÷ số hồ sơ đã giải quyết, theo đơn vị tính thời gian của từng thủ tục (xem theo từng thủ tục).',
    },
    // 3.3: online dossiers (KenhThucHien = 2) ÷ all dossiers received, × the sync rate (1.4), taken as 1 until dossiers
    // are synced to the national portal. The "and an e-result for paper-result procedures" condition needs e-result data.
    indicator(
      '3.3',
      'Tỷ lệ hồ sơ trực tuyến',
      'Số hồ sơ tiếp nhận trực tuyến (kênh trực tuyến, điểm hỗ trợ tại thôn/ấp, Zalo) ÷ tổng số hồ sơ tiếp nhận trong kỳ (tỷ lệ đồng bộ tạm tính bằng 1).',
      receivedOnline,
      m.received,
    ),
    missing('4.1', 'Tỷ lệ hồ sơ có kết quả điện tử', 'Số hồ sơ có tệp kết quả điện tử ÷ số hồ sơ của thủ tục trả kết quả giấy.', 'cần đường dẫn kết quả điện tử trong sự kiện giải quyết'),
    missing('4.2', 'Tỷ lệ hồ sơ được số hóa', 'Số hồ sơ có thành phần được số hóa (và kết quả điện tử nếu có) ÷ tổng số hồ sơ.', 'cần cờ "đã số hóa" của thành phần hồ sơ khi tiếp nhận'),
    missing('4.3', 'Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa', 'Số hồ sơ có ít nhất 1 thành phần được sử dụng lại ÷ số hồ sơ tiếp nhận.', 'cần cờ "sử dụng lại" của thành phần hồ sơ'),
    missing('4.4', 'Tỷ lệ số hóa gắn với kho dữ liệu của công dân', 'Số hồ sơ lấy từ kho dữ liệu hoặc đẩy kết quả vào kho dữ liệu ÷ tổng số hồ sơ.', 'cần liên kết kho quản lý dữ liệu điện tử trên Cổng DVCQG'),
    missing('4.5', 'Tỷ lệ sử dụng Cơ sở dữ liệu quốc gia về dân cư', 'Số hồ sơ xác thực VNeID hoặc lấy dữ liệu dân cư ÷ số hồ sơ có đối tượng là công dân.', 'cần cờ xác thực VNeID / khai thác CSDLQG dân cư'),
    // DOMAIN.md lists the three satisfaction rates (6/18 points each) as 5.x without their numbers: a, b, c here.
    missing('5.a', 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn', 'Số PAKN xử lý đúng hạn (≤ 15 ngày làm việc; từ chối ≤ 2; yêu cầu bổ sung ≤ 5) ÷ tổng số PAKN.', 'chưa có dữ liệu phản ánh, kiến nghị (PAKN)'),
    missing('5.b', 'Mức độ hài lòng về xử lý phản ánh, kiến nghị', '(Số PAKN − số không hài lòng − số khiếu nại lặp lại − số trễ hạn) ÷ số PAKN.', 'chưa có dữ liệu phản ánh, kiến nghị (PAKN)'),
    // 5.c: (dossiers − dossiers late or with a complaint or a dislike) ÷ dossiers, over dossiers ended in the period;
    // complaints are not recorded yet, so only lateness and the citizens' ratings count against it.
    indicator(
      '5.c',
      'Mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính',
      '(Số hồ sơ đã kết thúc xử lý − số hồ sơ quá hạn hoặc bị đánh giá không hài lòng) ÷ số hồ sơ đã kết thúc xử lý trong kỳ (chưa tính khiếu nại).',
      m.ended - m.unsatisfactory,
      m.ended,
    ),
  ];
}
