import type { RegisterLine } from './register-line';

/** dd/mm/yyyy hh:mm, Vietnam time (UTC+7, no daylight saving). */
export function vietnamDateTime(iso: string | null): string {
  if (!iso) return '';
  const t = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return `${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)} ${t.slice(11, 16)}`;
}

/** dd/mm/yyyy of a YYYY-MM-DD day. */
export const vietnamDay = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * The columns of the register (form 06 of Circular 01/2018/TT-VPCP; form 07 of Circular 03/2025), in order, with how
 * each line fills them. The five dates are grouped under "Ngày, tháng, năm" on the printed form.
 */
export const REGISTER_COLUMNS: ReadonlyArray<{ header: string; dateGroup?: true; value: (line: RegisterLine) => string }> = [
  { header: 'STT', value: (l) => String(l.number) },
  { header: 'Mã hồ sơ', value: (l) => l.dossierCode },
  { header: 'Tên thủ tục hành chính', value: (l) => l.procedureName },
  { header: 'Số lượng hồ sơ (bộ)', value: (l) => (l.setCount === null ? '' : String(l.setCount)) },
  { header: 'Tên cá nhân, tổ chức', value: (l) => l.applicantName ?? '' },
  { header: 'Địa chỉ, số điện thoại', value: (l) => [l.address, l.phone].filter(Boolean).join('; ') },
  { header: 'Cơ quan chủ trì giải quyết', value: (l) => l.leadAgency?.name ?? '' },
  { header: 'Nhận hồ sơ', dateGroup: true, value: (l) => vietnamDateTime(l.receivedAt) },
  { header: 'Hẹn trả kết quả', dateGroup: true, value: (l) => vietnamDateTime(l.appointmentAt) },
  { header: 'Chuyển hồ sơ đến cơ quan giải quyết', dateGroup: true, value: (l) => vietnamDateTime(l.transferredAt) },
  { header: 'Nhận kết quả từ cơ quan giải quyết', dateGroup: true, value: (l) => vietnamDateTime(l.resultReceivedAt) },
  { header: 'Trả kết quả cho cá nhân, tổ chức', dateGroup: true, value: (l) => vietnamDateTime(l.returnedAt) },
  { header: 'Ghi chú', value: (l) => l.note },
];
