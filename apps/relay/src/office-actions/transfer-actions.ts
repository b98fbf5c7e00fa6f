import { Injectable } from '@nestjs/common';
import { AppError, type StaffActor, type TransferActionCommand, type TransferStatus, type TransferView } from '@motcua/contracts';
import { runIdempotent, TransactionRunner, type UnitOfWork } from '@motcua/persistence';
import { LegalCalendarSource } from '@motcua/platform';
import type { LegalCalendar } from '@motcua/working-days';
import { TransferRepository } from '../transfers/transfer-repository';
import { toTransferView, type TransferRow } from '../transfers/transfer-row';

export type ActingSide = 'office' | 'office-head' | 'desk';

export interface ActionSpec {
  /** The command's name: the idempotency key's namespace. */
  name: string;
  /** Who may act: the addressed office's staff, its head only, or the sending desk's staff. */
  side: ActingSide;
  /** States the transfer may be in; any other is refused with the state named. */
  from: readonly TransferStatus[];
}

export interface ActionContext {
  uow: UnitOfWork;
  transfer: TransferRow;
  actor: StaffActor;
  at: Date;
  calendar: LegalCalendar;
}

const SIDE_ROLES: Record<ActingSide, string[]> = {
  office: ['office-handler', 'office-head'],
  'office-head': ['office-head'],
  desk: ['desk-clerk', 'after-hours-clerk'],
};

const SIDE_REFUSAL: Record<ActingSide, string> = {
  office: 'Chỉ cán bộ phòng chuyên môn xử lý phiếu chuyển',
  'office-head': 'Chỉ lãnh đạo phòng duyệt và ký',
  desk: 'Chỉ cán bộ bộ phận một cửa ghi nhận việc chuyển hồ sơ giấy đi',
};

/**
 * The frame of every action on a transfer: once per idempotency key, on the locked row, by the right staff of
 * the right unit, from an allowed state, at the version the actor saw; the changes bump the version.
 */
@Injectable()
export class TransferActions {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly transfers: TransferRepository,
    private readonly calendars: LegalCalendarSource,
  ) {}

  async run(
    command: TransferActionCommand & { body?: unknown },
    spec: ActionSpec,
    act: (ctx: ActionContext) => Promise<Partial<TransferRow>>,
  ): Promise<TransferView> {
    const { actor, transferId, expectedVersion } = command;
    if (!actor.roles.some((role) => SIDE_ROLES[spec.side].includes(role))) throw AppError.forbidden(SIDE_REFUSAL[spec.side]);
    const request = { actor, transferId, expectedVersion, body: command.body ?? null };
    return runIdempotent(this.runner, { command: spec.name, key: command.idempotencyKey, request }, async (uow) => {
      const transfer = await this.transfers.get(transferId, uow.manager, true);
      const unit = spec.side === 'desk' ? transfer.from_unit_code : transfer.to_unit_code;
      if (unit !== actor.unitCode) throw AppError.forbidden(spec.side === 'desk' ? 'Phiếu chuyển này đi từ bộ phận một cửa của đơn vị khác' : 'Phiếu chuyển này gửi đến đơn vị khác');
      if (expectedVersion !== undefined && expectedVersion !== transfer.version) {
        throw AppError.conflict('stale_version', `Phiếu chuyển vừa được người khác thay đổi (phiên bản ${transfer.version}, bạn đang xem ${expectedVersion}); vui lòng tải lại`);
      }
      if (!spec.from.includes(transfer.status)) {
        throw AppError.conflict('wrong_state', `Phiếu chuyển đang ở trạng thái ${transfer.status}; thao tác ${spec.name} cần trạng thái ${spec.from.join(' hoặc ')}`);
      }
      const calendar = this.calendars.current(transfer.province_code ?? undefined);
      const changes = await act({ uow, transfer, actor, at: new Date(), calendar });
      const updated = await this.transfers.update(uow.manager, transfer, changes);
      return toTransferView(updated, calendar);
    });
  }
}
