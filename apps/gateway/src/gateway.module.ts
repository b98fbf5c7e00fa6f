import { Module } from '@nestjs/common';
import { REPORT_CONTROLLERS, REPORT_PROVIDERS } from './reports/report-controllers';
import { CATALOGUE_CONTROLLERS } from './catalogue/catalogue-controllers';
import { INTAKE_DESK_CONTROLLERS } from './intake-desk/intake-desk-controllers';
import { APP_GUARD } from '@nestjs/core';
import { AuditLogStore } from './audit/record/audit-log.store';
import { AuditRouteGuard } from './audit/record/audit-route.guard';
import { UndeclaredInputGuard } from './http/input/undeclared-input.guard';
import { ListAuditLogController } from './audit/list-audit-log/list-audit-log.controller';
import { ListAuditLog } from './audit/list-audit-log/list-audit-log.use-case';
import { BootstrapAdmin } from './identity/bootstrap/bootstrap-admin';
import { IdentityHousekeeping } from './identity/housekeeping/identity-housekeeping';
import { LoginThrottle } from './identity/lockout/login-throttle';
import { ChangePasswordController } from './identity/password/change-password/change-password.controller';
import { ChangePassword } from './identity/password/change-password/change-password.use-case';
import { LogoutController } from './identity/session/logout/logout.controller';
import { MeController } from './identity/session/me/me.controller';
import { RefreshController } from './identity/session/refresh/refresh.controller';
import { Refresh } from './identity/session/refresh/refresh.use-case';
import { SessionIssuer } from './identity/session/session-issuer';
import { SessionStore } from './identity/session/session.store';
import { CreateStaffController } from './identity/staff-admin/create-staff/create-staff.controller';
import { CreateStaff } from './identity/staff-admin/create-staff/create-staff.use-case';
import { SetStaffDisabledController } from './identity/staff-admin/disable-staff/set-staff-disabled.controller';
import { SetStaffDisabled } from './identity/staff-admin/disable-staff/set-staff-disabled.use-case';
import { GetStaffController } from './identity/staff-admin/get-staff/get-staff.controller';
import { GetStaff } from './identity/staff-admin/get-staff/get-staff.use-case';
import { ListStaffController } from './identity/staff-admin/list-staff/list-staff.controller';
import { ListStaff } from './identity/staff-admin/list-staff/list-staff.use-case';
import { ManagedAccount } from './identity/staff-admin/managed-account';
import { ResetPasswordController } from './identity/staff-admin/reset-password/reset-password.controller';
import { ResetPassword } from './identity/staff-admin/reset-password/reset-password.use-case';
import { UpdateStaffController } from './identity/staff-admin/update-staff/update-staff.controller';
import { UpdateStaff } from './identity/staff-admin/update-staff/update-staff.use-case';
import { UnitDirectory } from './identity/units/unit-directory';
import { BrowseCatalogueController } from './public/catalogue/browse-catalogue.controller';
import { LookUpDossierStatus } from './public/dossier-status/look-up-dossier-status.use-case';
import { PublicLookupAttempts } from './public/dossier-status/public-lookup-attempts';
import { DossierNotifications } from './tracking/dossier-notifications/dossier-notifications.use-case';
import { AdminDeadLettersController } from './admin/dead-letters/dead-letters.controller';
import { StaffAuthGuard } from './auth/staff-auth.guard';
import { DeskCatalogueController } from './desk/desk-catalogue/desk-catalogue.controller';
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
import { GetTransferController } from './office/get-transfer/get-transfer.controller';
import { OfficeStaffController } from './identity/office-staff/office-staff.controller';
import { ListOfficeStaff } from './identity/office-staff/list-office-staff.use-case';
import { ResolveTransferController } from './office/resolve-transfer/resolve-transfer.controller';
import { DossierStatusController } from './public/dossier-status/dossier-status.controller';
import { LoginRateLimit, PublicCatalogueRateLimit, PublicLookupRateLimit } from './public/rate-limit/public-lookup-rate-limit.guard';
import { DossierNotificationsController } from './tracking/dossier-notifications/dossier-notifications.controller';
import { DossierTimelineController } from './tracking/dossier-timeline/dossier-timeline.controller';
import { DeskSupplementController } from './office-workflow/desk-supplement.controller';
import { OfficeWorkflowController } from './office-workflow/office-workflow.controller';
import { NOTIFICATION_CONTROLLERS } from './notification/notification-controllers';
import { SCHEDULING_CONTROLLERS, SCHEDULING_PROVIDERS } from './scheduling/scheduling-controllers';

export const GATEWAY_CONTROLLERS = [
  ...REPORT_CONTROLLERS,
  ...INTAKE_DESK_CONTROLLERS,
  ...CATALOGUE_CONTROLLERS,
  LoginController,
  RefreshController,
  LogoutController,
  MeController,
  ChangePasswordController,
  ListStaffController,
  GetStaffController,
  CreateStaffController,
  UpdateStaffController,
  SetStaffDisabledController,
  ResetPasswordController,
  ListAuditLogController,
  BrowseCatalogueController,
  SubmitDossierController,
  GetDossierController,
  DeskInboxController,
  DeskCatalogueController,
  HandOverResultController,
  OfficeInboxController,
  AcknowledgeTransferController,
  ResolveTransferController,
  GetTransferController,
  OfficeStaffController,
  DossierTimelineController,
  DossierNotificationsController,
  DossierStatusController,
  AdminDeadLettersController,
  OfficeWorkflowController,
  DeskSupplementController,
  ...NOTIFICATION_CONTROLLERS,
  ...SCHEDULING_CONTROLLERS,
];

/** The HTTP edge: identity (staff, login, tokens) and one thin controller per endpoint, each forwarding one RPC. */
@Module({
  controllers: GATEWAY_CONTROLLERS,
  providers: [
    ...REPORT_PROVIDERS,
    ...SCHEDULING_PROVIDERS,
    StaffStore,
    AccessTokens,
    Login,
    SeedDemoAccounts,
    Downstream,
    StaffAuthGuard,
    PublicLookupRateLimit,
    // identity: sessions, lockout, accounts, first administrator
    SessionStore,
    SessionIssuer,
    Refresh,
    ChangePassword,
    LoginThrottle,
    LoginRateLimit,
    BootstrapAdmin,
    IdentityHousekeeping,
    UnitDirectory,
    ManagedAccount,
    ListStaff,
    ListOfficeStaff,
    GetStaff,
    CreateStaff,
    UpdateStaff,
    SetStaffDisabled,
    ResetPassword,
    // audit trail of state-changing requests (the guard runs before every other guard)
    AuditLogStore,
    ListAuditLog,
    { provide: APP_GUARD, useClass: AuditRouteGuard },
    { provide: APP_GUARD, useClass: UndeclaredInputGuard },
    // public lookups
    LookUpDossierStatus,
    PublicLookupAttempts,
    PublicCatalogueRateLimit,
    DossierNotifications,
  ],
})
export class GatewayModule {}
