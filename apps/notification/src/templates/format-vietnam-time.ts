import { VIETNAM_UTC_OFFSET_MS } from '@motcua/working-days';

const two = (n: number): string => String(n).padStart(2, '0');

/** "HH:mm ngày dd/MM/yyyy" in Vietnam time (UTC+7, no DST), whatever the host's time zone. */
export function formatVietnamTime(instant: string | Date): string {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a time: ${String(instant)}`);
  const local = new Date(ms + VIETNAM_UTC_OFFSET_MS);
  return (
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ngày ` +
    `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`
  );
}
