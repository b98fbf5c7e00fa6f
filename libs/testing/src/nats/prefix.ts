import { randomBytes } from 'node:crypto';

/** A MESSAGING_PREFIX for one suite: 't' + 8 hex chars, valid in subjects, stream, consumer and bucket names. */
export function randomPrefix(): string {
  return `t${randomBytes(4).toString('hex')}`;
}
