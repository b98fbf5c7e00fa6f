import { RequestMethod } from '@nestjs/common';
import { GATEWAY_CONTROLLERS } from '../../gateway.module';
import { NOT_AUDITED_KEY, READ_METHODS } from './audit-metadata';

/** Only requests that change nothing may stay out of the audit log, and each exception is named here. */
const NOT_AUDITED = ['POST /api/public/dossier-status'];

function routes(): { route: string; method: string; notAudited: boolean }[] {
  return GATEWAY_CONTROLLERS.flatMap((controller) => {
    const base = Reflect.getMetadata('path', controller) as string;
    const prototype = controller.prototype as unknown as Record<string, Function>;
    return Object.getOwnPropertyNames(prototype)
      .map((name) => prototype[name])
      .filter((handler) => typeof handler === 'function' && Reflect.hasMetadata('method', handler))
      .map((handler) => {
        const method = RequestMethod[Reflect.getMetadata('method', handler) as number];
        const path = Reflect.getMetadata('path', handler) as string;
        return { route: `${method} /${[base, path].filter((p) => p && p !== '/').join('/')}`, method, notAudited: Reflect.getMetadata(NOT_AUDITED_KEY, handler) === true };
      });
  });
}

it('records every state-changing endpoint, with only the named exceptions', () => {
  const unaudited = routes()
    .filter((r) => !READ_METHODS.includes(r.method) && r.notAudited)
    .map((r) => r.route);
  expect(unaudited).toEqual(NOT_AUDITED);
  expect(routes().filter((r) => READ_METHODS.includes(r.method) && r.notAudited)).toEqual([]);
});
