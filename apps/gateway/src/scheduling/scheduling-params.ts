import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppError, BOOKING_CODE_PATTERN, COUNTER_CODE_PATTERN } from '@motcua/contracts';
import { clientRateLimit } from '../public/rate-limit/client-rate-limit';

/** A path parameter checked before anything leaves the gateway; the 400 names it. */
class PatternParam implements PipeTransform<string, string> {
  constructor(
    private readonly accept: (raw: string) => boolean,
    private readonly reason: string,
  ) {}

  transform(raw: string, metadata: ArgumentMetadata): string {
    if (this.accept(raw)) return raw;
    throw AppError.invalid([{ field: metadata.data ?? '(path)', reason: this.reason }], 'Đường dẫn có tham số không hợp lệ');
  }
}

export const UuidParam = new PatternParam((raw) => isUUID(raw), 'phải là mã UUID');
export const BookingCodeParam = new PatternParam((raw) => BOOKING_CODE_PATTERN.test(raw), 'phải là mã đặt lịch, ví dụ DL-7K3M-9QX2');
export const CounterCodeParam = new PatternParam((raw) => COUNTER_CODE_PATTERN.test(raw), 'phải là mã quầy, ví dụ quay-1');

export class YearParam implements PipeTransform<string, number> {
  transform(raw: string, metadata: ArgumentMetadata): number {
    if (/^\d{4}$/.test(raw)) return Number(raw);
    throw AppError.invalid([{ field: metadata.data ?? 'year', reason: 'phải là một năm, ví dụ 2026' }], 'Đường dẫn có tham số không hợp lệ');
  }
}

/** Citizens' booking and queue requests per client IP per minute (the public lookup's allowance, counted apart). */
export const PublicSchedulingRateLimit = clientRateLimit(
  (config) => config.publicLookupsPerMinute,
  (seconds) => `Thao tác quá nhiều lần; vui lòng thử lại sau ${seconds} giây`,
);
