/**
 * An event about a dossier arrived before the dossier's reception reached notification (events of different
 * producers are not ordered). Thrown so the event is redelivered later, or dead-lettered for a replay.
 */
export class RecipientNotKnownYetError extends Error {
  override name = 'RecipientNotKnownYetError';

  constructor(recipientKey: string) {
    super(`no contact known yet for ${recipientKey}`);
  }
}
