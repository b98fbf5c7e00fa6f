import { vietnamInstant } from '@motcua/working-days';
import { describeSession } from '@motcua/working-days';
import { afterHoursRefusal } from './after-hours-refusal';

const next = { sessionId: 's', sessionName: 'Tiếp nhận ngoài giờ thứ Bảy', unitCode: '29954', date: '2026-03-07', startsAt: vietnamInstant('2026-03-07', '07:30'), endsAt: vietnamInstant('2026-03-07', '11:30') };
const procedure = { code: '1.001193', name: 'Đăng ký khai sinh' };

describe('after-hours refusals', () => {
  it('describe a session in Vietnam time and words', () => {
    expect(describeSession(next)).toBe('Thứ Bảy 07/03/2026, 07:30–11:30 (Tiếp nhận ngoài giờ thứ Bảy)');
  });

  it('name the channel, the reason and the next session when closed', () => {
    const error = afterHoursRefusal({ accepted: false, reason: 'closed', next }, procedure);
    expect(error.toBody()).toEqual({
      status: 422,
      code: 'after_hours_closed',
      message: 'Quầy tiếp nhận ngoài giờ không mở vào lúc này. Phiên gần nhất nhận thủ tục này: Thứ Bảy 07/03/2026, 07:30–11:30 (Tiếp nhận ngoài giờ thứ Bảy).',
      fields: [{ field: 'channel', reason: 'không có phiên ngoài giờ nào đang mở; phiên gần nhất nhận thủ tục 1.001193: 2026-03-07T00:30:00.000Z – 2026-03-07T04:30:00.000Z (Tiếp nhận ngoài giờ thứ Bảy)' }],
    });
  });

  it('name the procedure too when the open session does not take it, and send to regular hours when no session will', () => {
    const error = afterHoursRefusal({ accepted: false, reason: 'not-eligible', openSession: next }, { code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân' });
    expect(error.code).toBe('procedure_not_eligible_after_hours');
    expect(error.message).toContain('trong giờ hành chính');
    expect(error.fields?.map((f) => f.field)).toEqual(['channel', 'procedureCode']);
    expect(afterHoursRefusal({ accepted: false, reason: 'no-sessions' }, procedure).code).toBe('after_hours_not_offered');
  });
});
