import { Module } from '@nestjs/common';
import { LegalCalendarSource } from '@motcua/platform';
import { AcknowledgeTransferHandler } from './acknowledge-transfer/acknowledge-transfer.handler';
import { AcknowledgeTransferUseCase } from './acknowledge-transfer/acknowledge-transfer.use-case';
import { OnDossierRoutedHandler } from './dossier-routed/on-dossier-routed.handler';
import { OfficeInboxHandler } from './office-inbox/office-inbox.handler';
import { ResolveTransferHandler } from './resolve-transfer/resolve-transfer.handler';
import { ResolveTransferUseCase } from './resolve-transfer/resolve-transfer.use-case';
import { TransferRepository } from './transfers/transfer-repository';

@Module({
  controllers: [OnDossierRoutedHandler, AcknowledgeTransferHandler, ResolveTransferHandler, OfficeInboxHandler],
  providers: [LegalCalendarSource, TransferRepository, AcknowledgeTransferUseCase, ResolveTransferUseCase],
})
export class RelayModule {}
