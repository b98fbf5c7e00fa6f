import { Module } from '@nestjs/common';
import { AdminDeadLettersController } from './admin/dead-letters/dead-letters.controller';
import { StaffAuthGuard } from './auth/staff-auth.guard';
import { DeskInboxController } from './desk/desk-inbox/desk-inbox.controller';
import { GetDossierController } from './desk/get-dossier/get-dossier.controller';
import { HandOverResultController } from './desk/hand-over-result/hand-over-result.controller';
import { SubmitDossierController } from './desk/submit-dossier/submit-dossier.controller';
import { Downstream } from './downstream/downstream';
import { LoginController } from './identity/login/login.controller';
import { Login } from './identity/login/login.use-case';
import { SeedDemoAccounts } from './identity/seed/seed-demo-accounts';
import { StaffStore } from './identity/staff/staff.store';
import { AccessTokens } from './identity/token/access-tokens';
import { AcknowledgeTransferController } from './office/acknowledge-transfer/acknowledge-transfer.controller';
import { OfficeInboxController } from './office/office-inbox/office-inbox.controller';
import { ResolveTransferController } from './office/resolve-transfer/resolve-transfer.controller';
import { DossierStatusController } from './public/dossier-status/dossier-status.controller';
import { PublicLookupRateLimit } from './public/rate-limit/public-lookup-rate-limit.guard';
import { DossierNotificationsController } from './tracking/dossier-notifications/dossier-notifications.controller';
import { DossierTimelineController } from './tracking/dossier-timeline/dossier-timeline.controller';

export const GATEWAY_CONTROLLERS = [
  LoginController,
  SubmitDossierController,
  GetDossierController,
  DeskInboxController,
  HandOverResultController,
  OfficeInboxController,
  AcknowledgeTransferController,
  ResolveTransferController,
  DossierTimelineController,
  DossierNotificationsController,
  DossierStatusController,
  AdminDeadLettersController,
];

/** The HTTP edge: identity (staff, login, tokens) and one thin controller per endpoint, each forwarding one RPC. */
@Module({
  controllers: GATEWAY_CONTROLLERS,
  providers: [StaffStore, AccessTokens, Login, SeedDemoAccounts, Downstream, StaffAuthGuard, PublicLookupRateLimit],
})
export class GatewayModule {}
