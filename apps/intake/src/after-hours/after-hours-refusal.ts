import { AppError } from '@motcua/contracts';
import { describeSession, type AfterHoursDecision } from '@motcua/working-days';


/** The 422 for a refused after-hours reception: the channel at fault, the reason and the next session that would take it. */
export function afterHoursRefusal(decision: Exclude<AfterHoursDecision, { accepted: true }>, procedure: { code: string; name: string }): AppError {
  const next = decision.next ? `Phiên gần nhất nhận thủ tục này: ${describeSession(decision.next)}.` : 'Không có phiên ngoài giờ nào sắp tới nhận thủ tục này; vui lòng nộp tại Bộ phận Một cửa trong giờ hành chính.';
  const nextForField = decision.next ? ` next session taking ${procedure.code}: ${decision.next.startsAt.toISOString()} – ${decision.next.endsAt.toISOString()} (${decision.next.sessionName})` : ` no upcoming session takes ${procedure.code}`;
  switch (decision.reason) {
    case 'no-sessions':
      return AppError.rule('after_hours_not_offered', 'Đơn vị chưa tổ chức tiếp nhận ngoài giờ; vui lòng nộp tại Bộ phận Một cửa trong giờ hành chính.', [
        { field: 'channel', reason: 'this unit runs no after-hours session' },
      ]);
    case 'closed':
      return AppError.rule('after_hours_closed', `Quầy tiếp nhận ngoài giờ không mở vào lúc này. ${next}`, [
        { field: 'channel', reason: `no after-hours session is open now;${nextForField}` },
      ]);
    case 'not-eligible':
      return AppError.rule(
        'procedure_not_eligible_after_hours',
        `Thủ tục "${procedure.name}" không được tiếp nhận trong phiên ${describeSession(decision.openSession!)}. ${next}`,
        [
          { field: 'channel', reason: `the open after-hours session does not take procedure ${procedure.code};${nextForField}` },
          { field: 'procedureCode', reason: 'not eligible in the open after-hours session' },
        ],
      );
  }
}
