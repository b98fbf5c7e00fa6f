import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type { PayloadClass } from '@motcua/contracts';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { contractProperties } from '../openapi/contract-schema';
import { ContractBodyPipe } from './contract-body.pipe';

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The query string as the contract's query, with the actor from the token. Numbers arrive as text: those named in
 * `numeric` are converted first (only when they look like numbers, so "abc" still fails as "must be an integer").
 * An empty value counts as absent (`?status=` means no filter).
 */
const staffQuery = createParamDecorator((numeric: readonly string[], context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const query: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request.query)) {
    if (value === '') continue;
    query[key] = numeric.includes(key) && typeof value === 'string' && NUMBER.test(value) ? Number(value) : value;
  }
  return { ...query, actor: request.actor };
});

export function StaffQuery<T extends object>(cls: PayloadClass<T>, numeric: readonly string[] = []): ParameterDecorator {
  return (target, method, index) => {
    staffQuery(numeric, new ContractBodyPipe(cls))(target, method, index);
    const descriptor = Object.getOwnPropertyDescriptor(target, method!)!;
    for (const { name, required, schema } of contractProperties(cls, { omit: ['actor'] })) {
      ApiQuery({ name, required, schema })(target, method!, descriptor);
    }
  };
}
