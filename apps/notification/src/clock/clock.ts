/**
 * Where "now" comes from. The ledger passes this time to its queries instead of the database's now(), so quiet
 * hours, retries and reports can be tested at 22:30 or 07:00 without waiting for the night.
 */
export const CLOCK = Symbol('CLOCK');

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
