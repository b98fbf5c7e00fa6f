import type { UnitRecord } from '@motcua/contracts';

/**
 * Units of the seed stories, in their three-tier structure (which ended on 30 Jun 2025; kept open-ended here so
 * the demo runs today — the two-tier structure is loaded as data the same way). Codes and agency
 * identifiers are illustrative placeholders in the official shapes (DOMAIN.md §2.3–2.4), not the official
 * list: a province loads its own.
 */
const since = '2019-01-01';

function unit(code: string, name: string, type: UnitRecord['type'], parentCode: string | null, agencyCode: string, deskName: string): UnitRecord {
  return { code, name, type, parentCode, agencyCode, deskName, validFrom: since, validTo: null };
}

export const SAMPLE_UNITS: UnitRecord[] = [
  unit('87', 'Tỉnh Đồng Tháp', 'province', null, '000.00.00.H20', 'Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp'),
  unit('866', 'Thành phố Cao Lãnh', 'district', '87', '000.00.66.H20', 'Bộ phận Một cửa thành phố Cao Lãnh'),
  unit('30001', 'Phường 2', 'ward', '866', '000.01.66.H20', 'Bộ phận Một cửa Phường 2'),
  unit('30010', 'Phường Hòa Thuận', 'ward', '866', '000.10.66.H20', 'Bộ phận Một cửa phường Hòa Thuận'),
  unit('30013', 'Phường Mỹ Phú', 'ward', '866', '000.13.66.H20', 'Bộ phận Một cửa phường Mỹ Phú'),
  unit('869', 'Huyện Tân Hồng', 'district', '87', '000.00.69.H20', 'Bộ phận Một cửa huyện Tân Hồng'),
  unit('29954', 'Thị trấn Sa Rài', 'town', '869', '000.54.69.H20', 'Bộ phận Một cửa thị trấn Sa Rài'),
  unit('29957', 'Xã Tân Hộ Cơ', 'commune', '869', '000.57.69.H20', 'Bộ phận Một cửa xã Tân Hộ Cơ'),
  unit('29960', 'Xã Tân Thành A', 'commune', '869', '000.60.69.H20', 'Bộ phận Một cửa xã Tân Thành A'),
  unit('29966', 'Xã Tân Công Chí', 'commune', '869', '000.66.69.H20', 'Bộ phận Một cửa xã Tân Công Chí'),
  unit('29969', 'Xã An Phước', 'commune', '869', '000.69.69.H20', 'Bộ phận Một cửa xã An Phước'),
  unit('29972', 'Xã Tân Phước', 'commune', '869', '000.72.69.H20', 'Bộ phận Một cửa xã Tân Phước'),
  unit('89', 'Tỉnh An Giang', 'province', null, '000.00.00.H01', 'Trung tâm Phục vụ hành chính công tỉnh An Giang'),
  unit('887', 'Thị xã Tân Châu', 'town', '89', '000.00.87.H01', 'Bộ phận Một cửa thị xã Tân Châu'),
  unit('30337', 'Phường Long Sơn', 'ward', '887', '000.37.87.H01', 'Bộ phận Một cửa phường Long Sơn'),
  unit('888', 'Huyện Phú Tân', 'district', '89', '000.00.88.H01', 'Bộ phận Một cửa huyện Phú Tân'),
  unit('30385', 'Xã Hiệp Xương', 'commune', '888', '000.85.88.H01', 'Bộ phận Một cửa xã Hiệp Xương'),
];
