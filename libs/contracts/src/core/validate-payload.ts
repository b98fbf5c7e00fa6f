import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { AppError, type FieldProblem } from '../errors/app-error';
import type { PayloadClass } from './contract';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Turns plain JSON into a validated payload instance, or throws a 400 naming every field at fault. */
export async function validatePayload<T extends object>(cls: PayloadClass<T>, plain: unknown): Promise<T> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw AppError.invalid([{ field: '(body)', reason: 'must be a JSON object' }]);
  }
  const instance = plainToInstance(cls, plain);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw AppError.invalid(flatten(errors));
  return instance;
}
