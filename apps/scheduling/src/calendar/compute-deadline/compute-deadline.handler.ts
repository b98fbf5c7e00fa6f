import { Controller } from '@nestjs/common';
import { AppError, ComputeDeadline, type ComputeDeadlineQuery, type DeadlineView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { deadlineStatusAt, type DeadlinePause } from '@motcua/working-days';
import { SchedulingCalendar } from '../scheduling-calendar';

/** The working-days library's refusals of a pause list (English, for code), as a user reads them. */
const PAUSE_REASONS: Record<string, string> = {
  'A pause cannot end before it starts': 'có lần tạm dừng kết thúc trước khi bắt đầu',
  'At most one pause can still be running': 'chỉ được có một lần tạm dừng chưa kết thúc',
};

/** Deadline arithmetic as a service: the due instant after pauses, and late / near-late / not yet due at an instant. */
@Controller()
export class ComputeDeadlineHandler {
  constructor(private readonly calendars: SchedulingCalendar) {}

  @OnRpc(ComputeDeadline)
  async handle({ body }: ComputeDeadlineQuery): Promise<DeadlineView> {
    const at = body.at ? new Date(body.at) : new Date();
    const pauses: DeadlinePause[] = (body.pauses ?? []).map((p) => ({ kind: p.kind, from: new Date(p.from), ...(p.until ? { until: new Date(p.until) } : {}) }));
    const calendar = await this.calendars.forProvince(body.provinceCode);
    try {
      const { status, dueAt } = deadlineStatusAt(at, { receivedAt: new Date(body.receivedAt), limit: body.limit, calendar, pauses });
      return { dueAt: dueAt?.toISOString() ?? null, status, at: at.toISOString() };
    } catch (error) {
      if (error instanceof RangeError) throw AppError.invalid([{ field: 'pauses', reason: PAUSE_REASONS[error.message] ?? 'các lần tạm dừng không hợp lệ' }]);
      throw error;
    }
  }
}
