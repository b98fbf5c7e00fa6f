import { RequestMethod } from '@nestjs/common';
import type { StaffRole } from '@motcua/contracts';
import { NOT_AUDITED_KEY } from '../audit/record/audit-metadata';
import { GATEWAY_CONTROLLERS } from '../gateway.module';
import { OWN_ACCOUNT_KEY, ROLES_KEY } from './access-metadata';

/** Rules of the issue that hold for every endpoint, present and future, whoever adds it. */
interface Route {
  route: string;
  method: string;
  roles: StaffRole[];
  changesState: boolean;
  ownAccount: boolean;
}

function routes(): Route[] {
  return GATEWAY_CONTROLLERS.flatMap((controller) => {
    const base = Reflect.getMetadata('path', controller) as string;
    const prototype = controller.prototype as unknown as Record<string, Function>;
    return Object.getOwnPropertyNames(prototype)
      .map((name) => prototype[name])
      .filter((handler) => typeof handler === 'function' && Reflect.hasMetadata('method', handler))
      .map((handler) => {
        const method = RequestMethod[Reflect.getMetadata('method', handler) as number];
        const path = Reflect.getMetadata('path', handler) as string;
        return {
          route: `${method} /${[base, path].filter((p) => p && p !== '/').join('/')}`,
          method,
          roles: (Reflect.getMetadata(ROLES_KEY, handler) as StaffRole[] | undefined) ?? [],
          changesState: method !== 'GET' && Reflect.getMetadata(NOT_AUDITED_KEY, handler) !== true,
          ownAccount: Reflect.getMetadata(OWN_ACCOUNT_KEY, handler) === true,
        };
      });
  });
}

/** POSTs that only compute an answer but are not (yet) marked @NotAudited(): each should get the marker. */
const READS_THROUGH_POST = ['POST /api/calendar/deadline'];

it('auditors only read: no state-changing endpoint admits them, but their own account', () => {
  const writable = routes().filter((r) => r.changesState && !r.ownAccount && r.roles.includes('auditor') && !READS_THROUGH_POST.includes(r.route));
  expect(writable.map((r) => r.route)).toEqual([]);
});

it('the catalogue, the unit tree and the calendars are changed by province administrators only', () => {
  const reference = /^\/api\/(admin\/catalogue|admin\/units|calendar)\b/;
  const changers = routes().filter((r) => r.changesState && reference.test(r.route.split(' ')[1]) && !READS_THROUGH_POST.includes(r.route));
  expect(changers.filter((r) => r.roles.some((role) => role !== 'province-admin')).map((r) => `${r.route}: ${r.roles.join(', ')}`)).toEqual([]);
});
