import { createHmac } from 'node:crypto';

/** The per-person booking key: a keyed hash of the ID number, so the number itself is never stored. */
export function personKey(idNumber: string, secret: string): string {
  return createHmac('sha256', secret).update(idNumber).digest('hex');
}
