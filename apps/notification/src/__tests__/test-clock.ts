import type { Clock } from '../clock/clock';

/** Real time moving on from wherever a test sets it (retries and leases still come due). */
export class TestClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  set(at: Date | string): void {
    this.offsetMs = new Date(at).getTime() - Date.now();
  }
}
