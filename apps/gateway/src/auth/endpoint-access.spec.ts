import { GUARDS_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { STAFF_ROLES } from '@motcua/contracts';
import { GATEWAY_CONTROLLERS } from '../gateway.module';
import { PUBLIC_KEY, ROLES_KEY } from './access-metadata';
import { StaffAuthGuard } from './staff-auth.guard';

/** Who may call what, as the issue states it. A new endpoint must be added here, with its roles. */
const EXPECTED: Record<string, readonly string[] | 'public'> = {
  'GET /api/reports/statistics': ['office-head', 'unit-admin', 'province-admin', 'auditor'],
  'GET /api/reports/indicators': ['office-head', 'unit-admin', 'province-admin', 'auditor'],
  'GET /api/reports/register': ['desk-clerk', 'after-hours-clerk', 'office-head', 'unit-admin', 'province-admin', 'auditor'],
  'GET /api/reports/register/csv': ['desk-clerk', 'after-hours-clerk', 'office-head', 'unit-admin', 'province-admin', 'auditor'],
  'GET /api/reports/register/print': ['desk-clerk', 'after-hours-clerk', 'office-head', 'unit-admin', 'province-admin', 'auditor'],
  'GET /api/reports/outreach-coverage': ['office-head', 'unit-admin', 'province-admin', 'auditor'],
  'POST /api/public/dossier-rating': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/dossiers': ['desk-clerk', 'after-hours-clerk'],
  'GET /api/dossiers/:code': ['desk-clerk', 'after-hours-clerk', 'auditor'],
  'GET /api/desk/inbox': ['desk-clerk', 'after-hours-clerk'],
  'GET /api/desk/procedures': ['desk-clerk', 'after-hours-clerk'],
  'POST /api/dossiers/:code/hand-over': ['desk-clerk', 'after-hours-clerk'],
  'GET /api/office/inbox': ['office-handler', 'office-head', 'auditor'],
  'POST /api/transfers/:id/acknowledge': ['office-handler', 'office-head'],
  'POST /api/transfers/:id/resolve': ['office-handler', 'office-head'],
  'GET /api/transfers/:id': ['office-handler', 'office-head', 'desk-clerk', 'after-hours-clerk', 'auditor'],
  'GET /api/office/staff': ['office-handler', 'office-head'],
  'GET /api/dossiers/:code/timeline': STAFF_ROLES,
  'GET /api/dossiers/:code/notifications': ['desk-clerk', 'after-hours-clerk', 'office-head', 'auditor'],
  'POST /api/public/dossier-status': 'public',
  'GET /api/public/procedures': 'public',
  'POST /api/auth/refresh': 'public',
  'POST /api/auth/logout': STAFF_ROLES,
  'GET /api/auth/me': STAFF_ROLES,
  'POST /api/auth/password': STAFF_ROLES,
  'GET /api/staff': ['unit-admin', 'province-admin', 'auditor'],
  'GET /api/staff/:id': ['unit-admin', 'province-admin', 'auditor'],
  'POST /api/staff': ['unit-admin', 'province-admin'],
  'PATCH /api/staff/:id': ['unit-admin', 'province-admin'],
  'POST /api/staff/:id/disable': ['unit-admin', 'province-admin'],
  'POST /api/staff/:id/enable': ['unit-admin', 'province-admin'],
  'POST /api/staff/:id/reset-password': ['unit-admin', 'province-admin'],
  'GET /api/audit-log': ['auditor', 'province-admin'],
  'GET /api/admin/dead-letters/:service': ['province-admin'],
  'GET /api/admin/catalogue/procedures': ['province-admin', 'unit-admin', 'auditor'],
  'GET /api/admin/catalogue/procedures/csv': ['province-admin', 'unit-admin', 'auditor'],
  'POST /api/admin/catalogue/procedures/import': ['province-admin'],
  'POST /api/admin/catalogue/procedures/import-csv': ['province-admin'],
  'GET /api/admin/units': ['province-admin', 'unit-admin', 'auditor'],
  'POST /api/admin/units/import': ['province-admin'],
  'GET /api/admin/units/:code': ['province-admin', 'unit-admin', 'auditor'],
  'POST /api/admin/dead-letters/:service/:seq/replay': ['province-admin'],
  'POST /api/transfers/:id/assign': ['office-handler', 'office-head'],
  'POST /api/transfers/:id/request-supplement': ['office-handler', 'office-head'],
  'POST /api/transfers/:id/refuse': ['office-handler', 'office-head'],
  'POST /api/transfers/:id/approve': ['office-head'],
  'POST /api/transfers/:id/delay': ['office-handler', 'office-head'],
  'POST /api/transfers/:id/paper-dispatched': ['desk-clerk', 'after-hours-clerk'],
  'POST /api/dossiers/:code/supplement': ['desk-clerk', 'after-hours-clerk'],
  'GET /api/dossiers/:code/control-slip': STAFF_ROLES,
  'GET /api/intake-desk/dossiers/:code/receipt/print': ['desk-clerk', 'after-hours-clerk', 'auditor'],
  'GET /api/intake-desk/supplement-requests/:id': ['desk-clerk', 'after-hours-clerk', 'auditor'],
  'GET /api/intake-desk/supplement-requests/:id/print': ['desk-clerk', 'after-hours-clerk', 'auditor'],
  'POST /api/intake-desk/refusals': ['desk-clerk', 'after-hours-clerk'],
  'GET /api/intake-desk/refusals/:id/print': ['desk-clerk', 'after-hours-clerk', 'auditor'],
  'POST /api/intake-desk/dossiers/:code/withdraw': ['desk-clerk', 'after-hours-clerk'],
  'POST /api/intake-desk/dossiers/:code/hand-over': ['desk-clerk', 'after-hours-clerk'],
  'POST /api/intake-desk/bundles': ['desk-clerk', 'after-hours-clerk'],
  'GET /api/intake-desk/bundles/:id/receipt/print': ['desk-clerk', 'after-hours-clerk', 'auditor'],
  'GET /api/notification/templates': ['province-admin'],
  'POST /api/notification/templates/preview': ['province-admin'],
  'POST /api/notification/templates': ['province-admin'],
  'POST /api/notification/templates/:kind/:channel/versions/:version/publish': ['province-admin'],
  'GET /api/notification/preferences': ['desk-clerk', 'after-hours-clerk', 'unit-admin'],
  'POST /api/notification/preferences': ['desk-clerk', 'after-hours-clerk', 'unit-admin'],
  'PUT /api/notification/unit-contacts/:unitCode': ['unit-admin', 'province-admin'],
  'GET /api/notification/deliveries': ['desk-clerk', 'after-hours-clerk', 'office-head', 'unit-admin', 'auditor', 'province-admin'],
  'GET /api/notification/deliveries/export': ['auditor', 'province-admin'],
  // scheduling (issue 7)
  'GET /api/calendar': STAFF_ROLES,
  'PUT /api/calendar/official-years/:year': ['province-admin'],
  'PUT /api/calendar/province-days/:year': ['province-admin'],
  'POST /api/calendar/deadline': STAFF_ROLES,
  'GET /api/schedules': STAFF_ROLES,
  'POST /api/schedules/sessions': ['unit-admin', 'province-admin'],
  'PUT /api/schedules/sessions/:id': ['unit-admin', 'province-admin'],
  'PUT /api/schedules/desk-hours': ['unit-admin', 'province-admin'],
  'PUT /api/schedules/theme-days': ['unit-admin', 'province-admin'],
  'GET /api/public/slots': 'public',
  'POST /api/public/bookings': 'public',
  'POST /api/public/bookings/:code/cancel': 'public',
  'GET /api/desk/bookings': ['desk-clerk', 'after-hours-clerk', 'unit-admin'],
  'POST /api/public/queue/tickets': 'public',
  'POST /api/queue/counters/:counter/call-next': ['desk-clerk', 'after-hours-clerk'],
  'POST /api/queue/tickets/:id/serve': ['desk-clerk', 'after-hours-clerk'],
  'POST /api/queue/tickets/:id/skip': ['desk-clerk', 'after-hours-clerk'],
  'GET /api/queue/stats': ['desk-clerk', 'after-hours-clerk', 'unit-admin', 'auditor'],
  'POST /api/outreach/campaigns': ['unit-admin', 'desk-clerk'],
  'POST /api/outreach/campaigns/:id/targets': ['unit-admin', 'desk-clerk'],
  'POST /api/outreach/campaigns/:id/visits': ['desk-clerk', 'after-hours-clerk', 'unit-admin'],
  'GET /api/outreach/campaigns/:id': ['desk-clerk', 'after-hours-clerk', 'unit-admin', 'auditor'],
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
