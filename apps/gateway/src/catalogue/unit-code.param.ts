import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { AppError, UNIT_CODE } from '@motcua/contracts';

/** A unit code in the path, checked before anything leaves the gateway; the 400 names the parameter. */
export class UnitCodeParam implements PipeTransform<string, string> {
  transform(raw: string, metadata: ArgumentMetadata): string {
    if (UNIT_CODE.test(raw)) return raw;
    throw AppError.invalid([{ field: metadata.data ?? 'code', reason: 'phải là mã đơn vị, ví dụ 29972 hoặc CA-29972' }], 'Đường dẫn có tham số không hợp lệ');
  }
}
