import { Module } from '@nestjs/common';
import { LegalCalendarSource } from '@motcua/platform';
import { AcknowledgeTransferHandler } from './acknowledge-transfer/acknowledge-transfer.handler';
import { AcknowledgeTransferUseCase } from './acknowledge-transfer/acknowledge-transfer.use-case';
import { ApproveTransferUseCase } from './approve-transfer/approve-transfer.use-case';
import { AssignTransferUseCase } from './assign-transfer/assign-transfer.use-case';
import { ControlSlipHandler } from './control-slip/control-slip.handler';
import { DeadlineAlertSweep } from './deadline-alerts/deadline-alert-sweep';
import { DeclareDelayUseCase } from './declare-delay/declare-delay.use-case';
import { OnDossierRoutedHandler } from './dossier-routed/on-dossier-routed.handler';
import { OnDossierSupplementedHandler } from './dossier-supplemented/on-dossier-supplemented.handler';
import { OnDossierWithdrawnHandler } from './dossier-withdrawn/on-dossier-withdrawn.handler';
import { GetTransferHandler } from './get-transfer/get-transfer.handler';
import { OfficeActionsHandler } from './office-actions/office-actions.handler';
import { SendResultBack } from './office-actions/send-result-back';
import { TransferActions } from './office-actions/transfer-actions';
import { OfficeInboxHandler } from './office-inbox/office-inbox.handler';
import { RecordPaperDispatchUseCase } from './record-paper-dispatch/record-paper-dispatch.use-case';
import { RefuseTransferUseCase } from './refuse-transfer/refuse-transfer.use-case';
import { RequestSupplementUseCase } from './request-supplement/request-supplement.use-case';
import { ResolveTransferHandler } from './resolve-transfer/resolve-transfer.handler';
import { ResolveTransferUseCase } from './resolve-transfer/resolve-transfer.use-case';
import { ReferenceReplica } from './reference/reference-replica';
import { TransferRepository } from './transfers/transfer-repository';

@Module({
  controllers: [
    OnDossierRoutedHandler,
    OnDossierSupplementedHandler,
    OnDossierWithdrawnHandler,
    AcknowledgeTransferHandler,
    ResolveTransferHandler,
    OfficeActionsHandler,
    OfficeInboxHandler,
    GetTransferHandler,
    ControlSlipHandler,
  ],
  providers: [
    LegalCalendarSource,
    ReferenceReplica,
    TransferRepository,
    TransferActions,
    SendResultBack,
    AcknowledgeTransferUseCase,
    ResolveTransferUseCase,
    AssignTransferUseCase,
    RequestSupplementUseCase,
    RefuseTransferUseCase,
    ApproveTransferUseCase,
    DeclareDelayUseCase,
    RecordPaperDispatchUseCase,
    DeadlineAlertSweep,
  ],
})
export class RelayModule {}
