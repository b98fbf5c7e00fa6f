import { GUARDS_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { STAFF_ROLES } from '@motcua/contracts';
import { GATEWAY_CONTROLLERS } from '../gateway.module';
import { PUBLIC_KEY, ROLES_KEY } from './access-metadata';
import { StaffAuthGuard } from './staff-auth.guard';

/** Who may call what, as the issue states it. A new endpoint must be added here, with its roles. */
const EXPECTED: Record<string, readonly string[] | 'public'> = {
  'POST /api/auth/login': 'public',
  'POST /api/dossiers': ['desk-clerk', 'after-hours-clerk'],
  'GET /api/dossiers/:code': ['desk-clerk', 'after-hours-clerk', 'auditor'],
  'GET /api/desk/inbox': ['desk-clerk', 'after-hours-clerk'],
  'POST /api/dossiers/:code/hand-over': ['desk-clerk', 'after-hours-clerk'],
  'GET /api/office/inbox': ['office-handler', 'office-head', 'auditor'],
  'POST /api/transfers/:id/acknowledge': ['office-handler', 'office-head'],
  'POST /api/transfers/:id/resolve': ['office-handler', 'office-head'],
  'GET /api/dossiers/:code/timeline': STAFF_ROLES,
  'GET /api/dossiers/:code/notifications': ['desk-clerk', 'after-hours-clerk', 'office-head', 'auditor'],
  'GET /api/public/dossiers/:code': 'public',
  'GET /api/admin/dead-letters/:service': ['province-admin'],
  'POST /api/admin/dead-letters/:service/:seq/replay': ['province-admin'],
};

function endpoints(): { route: string; handler: Function; controller: Function }[] {
  return GATEWAY_CONTROLLERS.flatMap((controller) => {
    const base = Reflect.getMetadata('path', controller) as string;
    const prototype = controller.prototype as unknown as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype)
      .map((name) => prototype[name] as Function)
      .filter((handler) => typeof handler === 'function' && Reflect.hasMetadata('method', handler))
      .map((handler) => {
        const path = Reflect.getMetadata('path', handler) as string;
        const method = RequestMethod[Reflect.getMetadata('method', handler) as number];
        return { route: `${method} /${[base, path].filter((p) => p && p !== '/').join('/')}`, handler, controller };
      });
  });
}

describe('endpoint access', () => {
  it('every endpoint states who may call it, exactly as specified', () => {
    const actual = Object.fromEntries(
      endpoints().map(({ route, handler }) => [route, Reflect.getMetadata(PUBLIC_KEY, handler) ? 'public' : Reflect.getMetadata(ROLES_KEY, handler)]),
    );
    expect(actual).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, v === 'public' ? v : [...v]])));
  });

  it('every endpoint with roles runs the auth guard', () => {
    for (const { route, handler } of endpoints()) {
      if (Reflect.getMetadata(PUBLIC_KEY, handler)) continue;
      expect([route, Reflect.getMetadata(GUARDS_METADATA, handler)]).toEqual([route, expect.arrayContaining([StaffAuthGuard])]);
    }
  });
});
