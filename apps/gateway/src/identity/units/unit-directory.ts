import { Inject, Injectable } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import type { KV } from '@nats-io/kv';
import { AppError, REFERENCE_BUCKET, unitKey, type UnitRecord } from '@motcua/contracts';
import { openBucket, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '@motcua/platform';

/** Today in Vietnam (UTC+7, no DST), as routing writes validTo. */
const todayInVietnam = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * Whether a unit code names a unit in force, read from routing's replicated reference data (NATS KV), so accounts
 * are not created for a typo or a unit merged away; works while routing is down.
 */
@Injectable()
export class UnitDirectory {
  private bucket?: Promise<KV>;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
  ) {}

  async assertInForce(unitCode: string, field = 'unitCode'): Promise<void> {
    let unit: UnitRecord | undefined;
    let known = true;
    try {
      const kv = await (this.bucket ??= openBucket(this.nc, this.config, REFERENCE_BUCKET));
      const entry = await kv.get(unitKey(unitCode));
      unit = entry?.operation === 'PUT' ? entry.json<UnitRecord>() : undefined;
      if (!unit) known = (await kv.status()).values > 0;
    } catch {
      this.bucket = undefined;
      known = false;
    }
    if (!known) throw new AppError(503, 'reference_unavailable', 'Chưa đọc được danh mục đơn vị hành chính; vui lòng thử lại sau giây lát');
    if (!unit) throw AppError.rule('unknown_unit', 'Mã đơn vị không có trong danh mục đơn vị hành chính', [{ field, reason: `${unitCode} không có trong danh mục đơn vị` }]);
    if (unit.validTo && unit.validTo < todayInVietnam()) {
      throw AppError.rule('unit_not_in_force', `${unit.name} không còn hiệu lực từ ${unit.validTo}`, [{ field, reason: `đơn vị ${unitCode} đã hết hiệu lực từ ${unit.validTo}` }]);
    }
  }
}
