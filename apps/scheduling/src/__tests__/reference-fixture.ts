/**
 * A few of routing's sample units and procedures (apps/routing/src/seed), copied: scheduling's tests put them in the
 * reference KV bucket themselves, as routing would, so scheduling is tested alone.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { procedureKey, REFERENCE_BUCKET, unitKey, type ProcedureRecord, type StaffRole, type UnitRecord } from '@motcua/contracts';
import { openBucket, type MessagingConfig } from '@motcua/messaging';

const unit = (code: string, name: string, type: UnitRecord['type'], parentCode: string | null, agencyCode: string): UnitRecord => ({
  code,
  name,
  type,
  parentCode,
  agencyCode,
  deskName: `Bộ phận Một cửa ${name}`,
  validFrom: '2019-01-01',
  validTo: null,
});

export const UNITS: UnitRecord[] = [
  unit('87', 'Tỉnh Đồng Tháp', 'province', null, '000.00.00.H20'),
  unit('866', 'Thành phố Cao Lãnh', 'district', '87', '000.00.66.H20'),
  unit('30001', 'Phường 2', 'ward', '866', '000.01.66.H20'),
  unit('30010', 'Phường Hòa Thuận', 'ward', '866', '000.10.66.H20'),
  unit('30013', 'Phường Mỹ Phú', 'ward', '866', '000.13.66.H20'),
  unit('869', 'Huyện Tân Hồng', 'district', '87', '000.00.69.H20'),
  unit('29954', 'Thị trấn Sa Rài', 'town', '869', '000.54.69.H20'),
  unit('29960', 'Xã Tân Thành A', 'commune', '869', '000.60.69.H20'),
  unit('29972', 'Xã Tân Phước', 'commune', '869', '000.72.69.H20'),
  unit('89', 'Tỉnh An Giang', 'province', null, '000.00.00.H01'),
  unit('888', 'Huyện Phú Tân', 'district', '89', '000.00.88.H01'),
  unit('30385', 'Xã Hiệp Xương', 'commune', '888', '000.85.88.H01'),
  unit('887', 'Thị xã Tân Châu', 'town', '89', '000.00.87.H01'),
  unit('30337', 'Phường Long Sơn', 'ward', '887', '000.37.87.H01'),
];

const era = { validFrom: '2019-01-01', validTo: null };
export const PROCEDURES: ProcedureRecord[] = [
  { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', competence: 'receiving-unit', timeLimit: { value: 0, unit: 'same-day' }, documents: [], feeVnd: 0, ...era },
  { code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'Hộ tịch', competence: 'receiving-unit', timeLimit: { value: 3, unit: 'working-days' }, documents: [], feeVnd: 0, ...era },
  { code: '1.004884', name: 'Đăng ký lại khai sinh', field: 'Hộ tịch', competence: 'receiving-unit', timeLimit: { value: 5, unit: 'working-days' }, documents: [], feeVnd: 0, ...era },
];

export async function putReference(nc: NatsConnection, config: MessagingConfig): Promise<void> {
  const kv = await openBucket(nc, config, REFERENCE_BUCKET);
  for (const u of UNITS) await kv.put(unitKey(u.code), JSON.stringify(u));
  for (const p of PROCEDURES) await kv.put(procedureKey(p.code), JSON.stringify(p));
}

export const staff = (unitCode: string, role: StaffRole, staffId = `${role}.${unitCode}`) => ({ staffId, unitCode, roles: [role] });

/** An AppError from a refused RPC, or a failure if it succeeded. */
export const refusal = (promise: Promise<unknown>): Promise<{ status: number; code: string; message: string; fields?: { field: string; reason: string }[] }> =>
  promise.then(
    (value) => {
      throw new Error(`expected a refusal, got ${JSON.stringify(value)}`);
    },
    (error) => error,
  );
