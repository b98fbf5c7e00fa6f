import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { STAFF_ROLES, type StaffRole } from '@motcua/contracts';
import { ErrorResponseDoc } from '../http/openapi/error-response.doc';
import { OWN_ACCOUNT_KEY, PUBLIC_KEY, ROLES_KEY } from './access-metadata';
import { StaffAuthGuard } from './staff-auth.guard';

/** Any logged-in staff member, whatever the role. */
export const ANY_STAFF_ROLE: readonly StaffRole[] = STAFF_ROLES;

/**
 * Who may call this endpoint: a bearer token whose roles include one of these. Every endpoint carries either this
 * or @PublicEndpoint() (a spec checks it), so forgetting it cannot open an endpoint.
 */
export function Roles(...roles: StaffRole[]): MethodDecorator {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    UseGuards(StaffAuthGuard),
    ApiBearerAuth(),
    ApiExtension('x-roles', roles),
    ApiUnauthorizedResponse({ type: ErrorResponseDoc, description: 'No, invalid or expired bearer token, or the session has ended' }),
    ApiForbiddenResponse({ type: ErrorResponseDoc, description: `Allowed roles: ${roles.join(', ')}. Also: password change pending, after-hours counter closed, another unit's data` }),
  );
}

/** The caller's own account, for any staff member: see OWN_ACCOUNT_KEY. */
export function OwnAccount(): MethodDecorator {
  return applyDecorators(Roles(...ANY_STAFF_ROLE), SetMetadata(OWN_ACCOUNT_KEY, true));
}

/** No login: the login itself, token refresh, and the citizen's lookups. */
export function PublicEndpoint(): MethodDecorator {
  return SetMetadata(PUBLIC_KEY, true);
}
