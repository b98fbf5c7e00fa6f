import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_ENV } from '@motcua/platform';

/** What scheduling reads from its environment (SERVICE_ENV: a test's env in-process), checked at start. */
@Injectable()
export class SchedulingSettings {
  /** How long before a booked slot the reminder goes out. */
  readonly reminderLeadHours: number;
  readonly reminderPollMs: number;
  /** How often the calendar and schedules are republished to KV, repairing a lost or stale value. */
  readonly republishMs: number;
  /** Key of the HMAC that turns an ID number into the per-person booking key (the number itself is not kept). */
  readonly personKeySecret: string;

  constructor(@Inject(SERVICE_ENV) env: NodeJS.ProcessEnv) {
    this.reminderLeadHours = positive(env, 'BOOKING_REMINDER_HOURS', 24);
    this.reminderPollMs = positive(env, 'BOOKING_REMINDER_POLL_MS', 60_000);
    this.republishMs = positive(env, 'SCHEDULING_REPUBLISH_MS', 60_000);
    // Without a configured key the hash still works across restarts, but anyone with the code could test ID numbers.
    this.personKeySecret = env.BOOKING_PERSON_KEY_SECRET || 'motcua-booking-person-key';
  }
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}
