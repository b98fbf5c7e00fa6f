// Dates as the forms and the desk write them, in Vietnam time whatever the PC's time zone.

const vietnam = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000);
const two = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy in Vietnam time. */
export function vnDate(iso: string): string {
  const t = vietnam(iso);
  return `${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
}

/** "16 giờ 30 phút, ngày 06/03/2026", as the forms write a time. */
export function vnDateTime(iso: string): string {
  const t = vietnam(iso);
  return `${two(t.getUTCHours())} giờ ${two(t.getUTCMinutes())} phút, ngày ${vnDate(iso)}`;
}

/** "ngày 04 tháng 03 năm 2026", the date line under the state header. */
export function letterDate(iso: string): string {
  const t = vietnam(iso);
  return `ngày ${two(t.getUTCDate())} tháng ${two(t.getUTCMonth() + 1)} năm ${t.getUTCFullYear()}`;
}

/** "04/03/2026 10:00", for lists. */
export function vnShort(iso: string): string {
  const t = vietnam(iso);
  return `${vnDate(iso)} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}
