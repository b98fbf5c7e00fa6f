import { RequestMethod } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import type { StaffRole } from '@motcua/contracts';
import { PUBLIC_KEY, ROLES_KEY } from '../../src/auth/access-metadata';
import { GATEWAY_CONTROLLERS } from '../../src/gateway.module';

export interface GatewayRoute {
  /** `POST /api/dossiers/:code/hand-over` */
  route: string;
  method: string;
  roles: readonly StaffRole[] | 'public';
  /** Whether the handler reads the raw query (Nest's @Query) rather than a validated class. */
  readsRawQuery: boolean;
}

/** Every endpoint the gateway serves, with who may call it (pinned by src/auth/endpoint-access.spec.ts). */
export function gatewayRoutes(): GatewayRoute[] {
  return GATEWAY_CONTROLLERS.flatMap((controller) => {
    const base = Reflect.getMetadata('path', controller) as string;
    const prototype = controller.prototype as unknown as Record<string, Function>;
    return Object.getOwnPropertyNames(prototype)
      .map((name) => prototype[name])
      .filter((handler) => typeof handler === 'function' && Reflect.hasMetadata('method', handler))
      .map((handler) => {
        const args = Object.keys(Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler.name) ?? {});
        const method = RequestMethod[Reflect.getMetadata('method', handler) as number];
        const path = Reflect.getMetadata('path', handler) as string;
        return {
          route: `${method} /${[base, path].filter((p) => p && p !== '/').join('/')}`,
          method,
          roles: Reflect.getMetadata(PUBLIC_KEY, handler) ? 'public' : (Reflect.getMetadata(ROLES_KEY, handler) as StaffRole[]),
          readsRawQuery: args.some((key) => key.startsWith('4:')),
        };
      });
  });
}
