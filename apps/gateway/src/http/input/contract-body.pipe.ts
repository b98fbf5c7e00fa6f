import type { PipeTransform } from '@nestjs/common';
import { AppError, INVALID_INPUT_MESSAGE, validatePayload, type FieldProblem, type PayloadClass } from '@motcua/contracts';

export { INVALID_INPUT_MESSAGE };

/** Names every object already has (`valueOf`, `constructor`, `__proto__`…): class-validator's whitelist lets them through. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Keys named like Object.prototype members, anywhere in the input, by path. */
function inheritedNames(value: unknown, path: string): FieldProblem[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => inheritedNames(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => {
    const field = path ? `${path}.${key}` : key;
    return INHERITED.has(key) ? [{ field, reason: 'không được có trong yêu cầu' }] : inheritedNames((value as Record<string, unknown>)[key], field);
  });
}

/**
 * Validates an HTTP body (or query) against a contract class before anything is sent, so a 400 names the
 * fields as the client sent them ("applicant.phone", not the command's "body.applicant.phone").
 */
export class ContractBodyPipe<T extends object> implements PipeTransform<unknown, Promise<T>> {
  constructor(private readonly cls: PayloadClass<T>) {}

  async transform(value: unknown): Promise<T> {
    const inherited = inheritedNames(value, '');
    if (inherited.length > 0) throw AppError.invalid(inherited, INVALID_INPUT_MESSAGE);
    try {
      return await validatePayload(this.cls, value);
    } catch (error) {
      if (error instanceof AppError && error.status === 400) throw AppError.invalid(error.fields ?? [], INVALID_INPUT_MESSAGE);
      throw error;
    }
  }
}
