import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { AppError, type FieldProblem } from '../errors/app-error';
import type { PayloadClass } from './contract';
import { fieldReason } from './field-reasons';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, reason: fieldReason(error, constraint, message) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Strings Postgres cannot store (NUL, lone surrogates) anywhere in the input, by path. */
function unstorableStrings(value: unknown, path: string): FieldProblem[] {
  if (typeof value === 'string') {
    return value.includes('\u0000') || !value.isWellFormed()
      ? [{ field: path || '(body)', reason: 'có ký tự không phải văn bản hợp lệ' }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => unstorableStrings(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => unstorableStrings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Turns plain JSON into a validated payload instance, or throws a 400 naming every field at fault. */
export async function validatePayload<T extends object>(cls: PayloadClass<T>, plain: unknown): Promise<T> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw AppError.invalid([{ field: '(body)', reason: 'phải là một đối tượng JSON' }]);
  }
  const unstorable = unstorableStrings(plain, '');
  if (unstorable.length > 0) throw AppError.invalid(unstorable);
  const instance = plainToInstance(cls, plain);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw AppError.invalid(flatten(errors));
  return instance;
}
