import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { AppError, type PayloadClass } from '@motcua/contracts';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { contractProperties } from '../openapi/contract-schema';
import { ContractBodyPipe, INVALID_INPUT_MESSAGE } from './contract-body.pipe';
import { READS_QUERY_KEY } from './undeclared-input.guard';

const NUMBER = /^-?\d+(\.\d+)?$/;

interface QueryOptions {
  numeric: readonly string[];
  booleans?: readonly string[];
  withActor: boolean;
}

/**
 * The query string as a validated class. Numbers arrive as text: those named in `numeric` are converted first
 * (only when they look like numbers, so "abc" still fails as "must be an integer"), and those named in `booleans`
 * from exactly "true" / "false". An empty value counts as
 * absent (`?status=` means no filter). A repeated parameter (`?a=1&a=2`) arrives as an array and fails validation.
 */
const queryParams = createParamDecorator(({ numeric, booleans = [], withActor }: QueryOptions, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const query: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request.query)) {
    if (value === '') continue;
    if (numeric.includes(key) && typeof value === 'string' && NUMBER.test(value)) query[key] = Number(value);
    else if (booleans.includes(key) && (value === 'true' || value === 'false')) query[key] = value === 'true';
    else query[key] = value;
  }
  // The actor comes from the token only: a client's `?actor=` is refused, not silently replaced.
  if (withActor && 'actor' in query) throw AppError.invalid([{ field: 'actor', reason: 'không được có trong yêu cầu' }], INVALID_INPUT_MESSAGE);
  return withActor ? { ...query, actor: request.actor } : query;
});

function decorate<T extends object>(cls: PayloadClass<T>, options: QueryOptions): ParameterDecorator {
  return (target, method, index) => {
    queryParams(options, new ContractBodyPipe(cls))(target, method, index);
    const descriptor = Object.getOwnPropertyDescriptor(target, method!)!;
    SetMetadata(READS_QUERY_KEY, true)(target, method!, descriptor);
    for (const { name, required, schema } of contractProperties(cls, { omit: ['actor'] })) {
      ApiQuery({ name, required, schema })(target, method!, descriptor);
    }
  };
}

/** The query string as the contract's staff query, with the actor from the token. */
export function StaffQuery<T extends object>(cls: PayloadClass<T>, numeric: readonly string[] = []): ParameterDecorator {
  return decorate(cls, { numeric, withActor: true });
}

/** The query string as a validated class, no actor (public endpoints, the gateway's own reads). */
export function QueryParams<T extends object>(cls: PayloadClass<T>, numeric: readonly string[] = [], booleans: readonly string[] = []): ParameterDecorator {
  return decorate(cls, { numeric, booleans, withActor: false });
}
