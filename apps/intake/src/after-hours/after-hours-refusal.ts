import { AppError } from '@motcua/contracts';
import { describeSession, type AfterHoursDecision } from '@motcua/working-days';


/** The 422 for a refused after-hours reception: the channel at fault, the reason and the next session that would take it. */
export function afterHoursRefusal(decision: Exclude<AfterHoursDecision, { accepted: true }>, procedure: { code: string; name: string }): AppError {
  const next = decision.next ? `Phiên gần nhất nhận thủ tục này: ${describeSession(decision.next)}.` : 'Không có phiên ngoài giờ nào sắp tới nhận thủ tục này; vui lòng nộp tại Bộ phận Một cửa trong giờ hành chính.';
  const nextForField = decision.next ? ` phiên gần nhất nhận thủ tục ${procedure.code}: ${decision.next.startsAt.toISOString()} – ${decision.next.endsAt.toISOString()} (${decision.next.sessionName})` : ` không có phiên sắp tới nào nhận thủ tục ${procedure.code}`;
  switch (decision.reason) {
    case 'no-sessions':
      return AppError.rule('after_hours_not_offered', 'Đơn vị chưa tổ chức tiếp nhận ngoài giờ; vui lòng nộp tại Bộ phận Một cửa trong giờ hành chính.', [
        { field: 'channel', reason: 'đơn vị không tổ chức phiên tiếp nhận ngoài giờ' },
      ]);
    case 'closed':
      return AppError.rule('after_hours_closed', `Quầy tiếp nhận ngoài giờ không mở vào lúc này. ${next}`, [
        { field: 'channel', reason: `không có phiên ngoài giờ nào đang mở;${nextForField}` },
      ]);
    case 'not-eligible':
      return AppError.rule(
        'procedure_not_eligible_after_hours',
        `Thủ tục "${procedure.name}" không được tiếp nhận trong phiên ${describeSession(decision.openSession!)}. ${next}`,
        [
          { field: 'channel', reason: `phiên ngoài giờ đang mở không nhận thủ tục ${procedure.code};${nextForField}` },
          { field: 'procedureCode', reason: 'không được tiếp nhận trong phiên ngoài giờ đang mở' },
        ],
      );
  }
}
