/**
 * A few of routing's sample units and procedures (apps/routing/src/seed), copied: intake's tests put them in the
 * reference KV bucket themselves, as routing would, so intake is tested alone.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { procedureKey, REFERENCE_BUCKET, unitKey, type ProcedureRecord, type UnitRecord } from '@motcua/contracts';
import { openBucket, type MessagingConfig } from '@motcua/messaging';

const since = '2019-01-01';
const unit = (code: string, name: string, type: UnitRecord['type'], parentCode: string | null, agencyCode: string, deskName: string): UnitRecord => ({
  code,
  name,
  type,
  parentCode,
  agencyCode,
  deskName,
  validFrom: since,
  validTo: null,
});

export const UNITS: UnitRecord[] = [
  unit('87', 'Tỉnh Đồng Tháp', 'province', null, '000.00.00.H20', 'Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp'),
  unit('866', 'Thành phố Cao Lãnh', 'district', '87', '000.00.66.H20', 'Bộ phận Một cửa thành phố Cao Lãnh'),
  unit('30010', 'Phường Hòa Thuận', 'ward', '866', '000.10.66.H20', 'Bộ phận Một cửa phường Hòa Thuận'),
  unit('869', 'Huyện Tân Hồng', 'district', '87', '000.00.69.H20', 'Bộ phận Một cửa huyện Tân Hồng'),
  unit('29969', 'Xã An Phước', 'commune', '869', '000.69.69.H20', 'Bộ phận Một cửa xã An Phước'),
  { ...unit('29972', 'Xã Tân Phước', 'commune', '869', '000.72.69.H20', 'Bộ phận Một cửa xã Tân Phước'), deskPhone: '02773830123' },
];

const era = { validFrom: since, validTo: null };

export const PROCEDURES: ProcedureRecord[] = [
  {
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    competence: 'receiving-unit',
    timeLimit: { value: 3, unit: 'working-days' },
    documents: [{ code: 'to-khai', name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', form: 'original', count: 1, fillOnBehalf: true }],
    feeVnd: 0,
    ...era,
  },
  {
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    competence: 'district-above-receiving-unit',
    timeLimit: { value: 3, unit: 'working-days' },
    documents: [
      { code: 'giay-de-nghi', name: 'Giấy đề nghị đăng ký hộ kinh doanh', form: 'original', count: 1 },
      { code: 'giay-to-phap-ly', name: 'Bản sao giấy tờ pháp lý của chủ hộ kinh doanh', form: 'copy', count: 1 },
    ],
    feeVnd: 100000,
    fees: [
      { channel: 'in-person', amountVnd: 100000 },
      { channel: 'online', amountVnd: 50000 },
    ],
    feeExemptions: ['Hộ nghèo'],
    ...era,
  },
  {
    code: '1.009994',
    name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
    field: 'Hoạt động xây dựng',
    competence: 'district-above-receiving-unit',
    timeLimit: { value: 15, unit: 'days' },
    documents: [
      { code: 'don-de-nghi', name: 'Đơn đề nghị cấp giấy phép xây dựng', form: 'original', count: 1 },
      { code: 'giay-to-dat', name: 'Bản sao giấy tờ chứng minh quyền sử dụng đất', form: 'copy', count: 1 },
      { code: 'ban-ve', name: 'Bản vẽ thiết kế xây dựng', form: 'original', count: 2 },
    ],
    feeVnd: 75000,
    ...era,
  },
];

export const unitOf = (code: string): UnitRecord => UNITS.find((u) => u.code === code)!;
export const procedureOf = (code: string): ProcedureRecord => PROCEDURES.find((p) => p.code === code)!;

/** Puts the records in `<prefix>_reference`, as routing's PublishReference does at its start. */
export async function putReference(nc: NatsConnection, config: MessagingConfig): Promise<void> {
  const kv = await openBucket(nc, config, REFERENCE_BUCKET);
  for (const u of UNITS) await kv.put(unitKey(u.code), JSON.stringify(u));
  for (const p of PROCEDURES) await kv.put(procedureKey(p.code), JSON.stringify(p));
}

export const applicant = {
  fullName: 'Nguyễn Thị Hồng',
  idNumber: '087190001234',
  phone: '0912345678',
  email: 'hong@example.vn',
  address: 'Ấp Phước Tiên, xã Tân Phước, huyện Tân Hồng',
};

/** A complete household-business dossier (district procedure 1.001612). */
export const householdBusiness = {
  procedureCode: '1.001612',
  channel: 'counter' as const,
  resultDelivery: 'desk' as const,
  applicant,
  documents: [
    { code: 'giay-de-nghi', present: true },
    { code: 'giay-to-phap-ly', present: true },
  ],
};

export const deskClerk = (unitCode = '29972', staffId = `clerk.${unitCode}`) => ({ staffId, unitCode, roles: ['desk-clerk' as const] });
export const officeHandler = (unitCode = '869', staffId = `handler.${unitCode}`) => ({ staffId, unitCode, roles: ['office-handler' as const] });
