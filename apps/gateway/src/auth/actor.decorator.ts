import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { StaffActor } from '@motcua/contracts';
import type { AuthenticatedRequest } from './authenticated-request';

/** The StaffActor that StaffAuthGuard established (use only on endpoints with @Roles). */
export const Actor = createParamDecorator((_: unknown, context: ExecutionContext): StaffActor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  // Reaching here without an actor is a wiring bug (no @Roles), not a client error.
  if (!actor) throw new Error('@Actor() used on an endpoint without @Roles()');
  return actor;
});
