import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Weekday names as the working-days library spells them. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A wall-clock time in Vietnam, 'HH:MM'. */
export const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day 'YYYY-MM-DD' (30 Feb is refused, not rolled over). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function IsIsoDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isIsoDay', validator: { validate: (value) => isIsoDay(value), defaultMessage: () => 'phải là một ngày có thật, viết YYYY-MM-DD' } },
    options,
  );
}

/** A booking code: DL- and two groups of 4 Crockford base-32 characters (no I, L, O, U), e.g. DL-7K3M-9QX2. */
export const BOOKING_CODE_PATTERN = /^DL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A counter at a desk, e.g. 'quay-1'. */
export const COUNTER_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;
