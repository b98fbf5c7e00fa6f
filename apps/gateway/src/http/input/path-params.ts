import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppError, DOSSIER_CODE_PATTERN } from '@motcua/contracts';

const INVALID_PATH_MESSAGE = 'Đường dẫn có tham số không hợp lệ';

/** A path parameter checked before any request leaves the gateway; a 400 names the parameter. */
class PathParamPipe<T> implements PipeTransform<string, T> {
  constructor(
    private readonly parse: (raw: string) => T | undefined,
    private readonly reason: string,
  ) {}

  transform(raw: string, metadata: ArgumentMetadata): T {
    const value = this.parse(raw);
    if (value === undefined) throw AppError.invalid([{ field: metadata.data ?? '(path)', reason: this.reason }], INVALID_PATH_MESSAGE);
    return value;
  }
}

export const DossierCodeParam = new PathParamPipe(
  (raw) => (DOSSIER_CODE_PATTERN.test(raw) ? raw : undefined),
  'phải là mã hồ sơ, ví dụ 000.72.69.H20-250301-0001',
);

export const TransferIdParam = new PathParamPipe((raw) => (isUUID(raw) ? raw : undefined), 'phải là mã UUID');

export const StaffIdParam = new PathParamPipe((raw) => (isUUID(raw) ? raw : undefined), 'phải là mã (UUID) của một tài khoản cán bộ');

export const PositiveIntParam = new PathParamPipe((raw) => (/^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : undefined), 'phải là số nguyên dương');

export function oneOfParam<T extends string>(values: readonly T[]): PipeTransform<string, T> {
  return new PathParamPipe((raw) => (values.includes(raw as T) ? (raw as T) : undefined), `phải là một trong: ${values.join(', ')}`);
}
