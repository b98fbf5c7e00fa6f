import { Injectable } from '@nestjs/common';

/**
 * Whether a unit's after-hours counter is open (a weekend or holiday session). Scheduling will own these sessions;
 * until it answers for them, every moment counts as open (the "until then, any time"). Replace the provider
 * of this class, nothing else changes.
 */
export abstract class CounterSessions {
  abstract isOpen(unitCode: string, at: Date): Promise<boolean>;
}

@Injectable()
export class AnyTimeCounterSessions extends CounterSessions {
  async isOpen(): Promise<boolean> {
    return true;
  }
}
