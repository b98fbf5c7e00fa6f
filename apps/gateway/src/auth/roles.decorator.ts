import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { STAFF_ROLES, type StaffRole } from '@motcua/contracts';
import { PUBLIC_KEY, ROLES_KEY } from './access-metadata';
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
    ApiUnauthorizedResponse({ description: 'No, invalid or expired bearer token' }),
    ApiForbiddenResponse({ description: `Allowed roles: ${roles.join(', ')}` }),
  );
}

/** No login: the login itself and the citizen's status lookup. */
export function PublicEndpoint(): MethodDecorator {
  return SetMetadata(PUBLIC_KEY, true);
}
