import type { PipeTransform } from '@nestjs/common';
import { AppError, validatePayload, type PayloadClass } from '@motcua/contracts';

export const INVALID_INPUT_MESSAGE = 'Dữ liệu gửi lên không hợp lệ; xem danh sách trường bị sai';

/**
 * Validates an HTTP body (or query) against a contract class before anything is sent, so a 400 names the
 * fields as the client sent them ("applicant.phone", not the command's "body.applicant.phone").
 */
export class ContractBodyPipe<T extends object> implements PipeTransform<unknown, Promise<T>> {
  constructor(private readonly cls: PayloadClass<T>) {}

  async transform(value: unknown): Promise<T> {
    try {
      return await validatePayload(this.cls, value);
    } catch (error) {
      if (error instanceof AppError && error.status === 400) throw AppError.invalid(error.fields ?? [], INVALID_INPUT_MESSAGE);
      throw error;
    }
  }
}
