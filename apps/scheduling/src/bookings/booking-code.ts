import { randomBytes } from 'node:crypto';

// Crockford base 32: no I, L, O, U, so a code read aloud at the counter or typed from an SMS is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** DL-XXXX-XXXX: 40 random bits; with the phone's last 4 digits it is what cancels a booking. */
export function newBookingCode(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]);
  return `DL-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}`;
}
