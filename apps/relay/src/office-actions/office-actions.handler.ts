import { Controller } from '@nestjs/common';
import {
  ApproveTransfer,
  AssignTransfer,
  DeclareDelay,
  RecordPaperDispatch,
  RefuseTransfer,
  RequestSupplement,
  type AssignTransferCommand,
  type DeclareDelayCommand,
  type RefuseTransferCommand,
  type RequestSupplementCommand,
  type TransferActionCommand,
  type TransferView,
} from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { ApproveTransferUseCase } from '../approve-transfer/approve-transfer.use-case';
import { AssignTransferUseCase } from '../assign-transfer/assign-transfer.use-case';
import { DeclareDelayUseCase } from '../declare-delay/declare-delay.use-case';
import { RecordPaperDispatchUseCase } from '../record-paper-dispatch/record-paper-dispatch.use-case';
import { RefuseTransferUseCase } from '../refuse-transfer/refuse-transfer.use-case';
import { RequestSupplementUseCase } from '../request-supplement/request-supplement.use-case';

/** The office's (and the desk's paper) actions on a transfer over NATS: one line each into its use case. */
@Controller()
export class OfficeActionsHandler {
  constructor(
    private readonly assign: AssignTransferUseCase,
    private readonly supplement: RequestSupplementUseCase,
    private readonly refuse: RefuseTransferUseCase,
    private readonly approve: ApproveTransferUseCase,
    private readonly delay: DeclareDelayUseCase,
    private readonly paper: RecordPaperDispatchUseCase,
  ) {}

  @OnRpc(AssignTransfer)
  onAssign(command: AssignTransferCommand): Promise<TransferView> {
    return this.assign.execute(command);
  }

  @OnRpc(RequestSupplement)
  onSupplement(command: RequestSupplementCommand): Promise<TransferView> {
    return this.supplement.execute(command);
  }

  @OnRpc(RefuseTransfer)
  onRefuse(command: RefuseTransferCommand): Promise<TransferView> {
    return this.refuse.execute(command);
  }

  @OnRpc(ApproveTransfer)
  onApprove(command: TransferActionCommand): Promise<TransferView> {
    return this.approve.execute(command);
  }

  @OnRpc(DeclareDelay)
  onDelay(command: DeclareDelayCommand): Promise<TransferView> {
    return this.delay.execute(command);
  }

  @OnRpc(RecordPaperDispatch)
  onPaperDispatch(command: TransferActionCommand): Promise<TransferView> {
    return this.paper.execute(command);
  }
}
