import { createParamDecorator, type ExecutionContext, type PipeTransform } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { AppError, CommandEnvelope } from '@motcua/contracts';

const HEADER = 'Idempotency-Key';
const MESSAGE = 'Thiếu hoặc sai tiêu đề Idempotency-Key (mỗi thao tác cần một khóa riêng, gửi lại đúng khóa đó khi thử lại)';
/** RULE documents the header in OpenAPI; RULE_VI is what a user reads next to it. */
const RULE = '8 to 128 characters among A-Z a-z 0-9 . _ : -';
const RULE_VI = 'từ 8 đến 128 ký tự trong A-Z a-z 0-9 . _ : -';

/** The contract's own rule for idempotencyKey decides (one source of truth); the 400 names the header. */
class IdempotencyKeyPipe implements PipeTransform<string | undefined, Promise<string>> {
  async transform(value: string | undefined): Promise<string> {
    if (value === undefined || value === '') throw AppError.invalid([{ field: HEADER, reason: `là bắt buộc (${RULE_VI})` }], MESSAGE);
    const errors = await validate(plainToInstance(CommandEnvelope, { idempotencyKey: value }));
    if (errors.some((e) => e.property === 'idempotencyKey')) throw AppError.invalid([{ field: HEADER, reason: `phải gồm ${RULE_VI}` }], MESSAGE);
    return value;
  }
}

const headerValue = createParamDecorator((_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<Request>().header(HEADER));

/** The request's Idempotency-Key header, required and validated; documented in OpenAPI on the same method. */
export function IdempotencyKey(): ParameterDecorator {
  return (target, method, index) => {
    headerValue(undefined, new IdempotencyKeyPipe())(target, method, index);
    const descriptor = Object.getOwnPropertyDescriptor(target, method!)!;
    ApiHeader({
      name: HEADER,
      required: true,
      description: `One key per operation; a retry with the same key has one effect. ${RULE}.`,
      schema: { type: 'string', minLength: 8, maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' },
    })(target, method!, descriptor);
  };
}
