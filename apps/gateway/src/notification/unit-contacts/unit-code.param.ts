import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { AppError } from '@motcua/contracts';

/** A unit code in the path: letters, digits and dots (GSO codes, agency keys). */
export const UnitCodeParam: PipeTransform<string, string> = {
  transform(raw: string, metadata: ArgumentMetadata): string {
    if (/^[A-Za-z0-9.]{1,32}$/.test(raw)) return raw;
    throw AppError.invalid([{ field: metadata.data ?? 'unitCode', reason: 'phải là mã đơn vị, ví dụ 29972' }], 'Đường dẫn có tham số không hợp lệ');
  },
};
