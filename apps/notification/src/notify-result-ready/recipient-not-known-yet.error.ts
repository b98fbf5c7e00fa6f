/**
 * The result is ready but the dossier's reception has not reached notification yet (events of different
 * producers are not ordered). Thrown so the event is redelivered later, or dead-lettered for a replay.
 */
export class RecipientNotKnownYetError extends Error {
  override name = 'RecipientNotKnownYetError';

  constructor(dossierCode: string) {
    super(`no recipient known yet for dossier ${dossierCode}`);
  }
}
