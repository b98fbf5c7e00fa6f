import { VIETNAM_UTC_OFFSET_MS } from '@motcua/working-days';
import type { DeliveryChannel } from '../templates/message-templates';

const DAY_MS = 24 * 60 * 60_000;

/** Nights without SMS or Zalo, in Vietnam wall-clock minutes since midnight; `start > end` spans midnight. */
export interface QuietHours {
  startMinute: number;
  endMinute: number;
  /** The channels that wait: a phone buzzes for SMS and Zalo, not for e-mail. */
  channels: readonly DeliveryChannel[];
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "21:00-07:00" → quiet from 21:00 to 07:00 Vietnam time; "off" → never quiet. Anything else is a start-up error. */
export function parseQuietHours(value: string, channels: readonly DeliveryChannel[] = ['sms', 'zalo']): QuietHours | null {
  if (value.trim() === 'off') return null;
  const [from, to] = value.split('-').map((s) => HHMM.exec(s.trim()));
  if (!from || !to) throw new Error(`NOTIFY_QUIET_HOURS must look like 21:00-07:00 or be "off", not "${value}"`);
  const minutes = (m: RegExpExecArray) => Number(m[1]) * 60 + Number(m[2]);
  return { startMinute: minutes(from), endMinute: minutes(to), channels };
}

function isQuiet(quiet: QuietHours, minute: number): boolean {
  return quiet.startMinute <= quiet.endMinute
    ? minute >= quiet.startMinute && minute < quiet.endMinute
    : minute >= quiet.startMinute || minute < quiet.endMinute;
}

/** `now` when a message may go out on `channel`; otherwise the end of tonight's quiet hours (the morning). */
export function allowedFrom(quiet: QuietHours | null, channel: DeliveryChannel, now: Date): Date {
  if (!quiet || !quiet.channels.includes(channel)) return now;
  const local = now.getTime() + VIETNAM_UTC_OFFSET_MS;
  const minute = Math.floor((local % DAY_MS) / 60_000);
  if (!isQuiet(quiet, minute)) return now;
  const midnightUtc = Math.floor(local / DAY_MS) * DAY_MS - VIETNAM_UTC_OFFSET_MS;
  let end = midnightUtc + quiet.endMinute * 60_000;
  if (end <= now.getTime()) end += DAY_MS;
  return new Date(end);
}
