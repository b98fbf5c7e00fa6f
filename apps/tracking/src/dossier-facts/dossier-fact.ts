import type { Channel, SatisfactionRating, TimeLimit } from '@motcua/contracts';

/** What the reception tells the statistics (DossierReceived), nothing personal. */
export interface ReceptionFact {
  receivingUnitCode: string;
  procedureCode: string;
  channel: Channel;
  timeLimit: TimeLimit;
  receivedAt: string;
  /** NgayHenTra: the appointment on the receipt (form 01). */
  appointmentAt: string;
}

/**
 * Everything tracking has heard about one dossier that the statistics need, folded from events that arrive in any
 * order and possibly more than once (stored as jsonb). Instants are normalised ISO strings.
 */
export interface DossierFact {
  reception?: ReceptionFact;
  competentUnitCode?: string;
  /** First transfer from the desk (register: "ngày chuyển hồ sơ"). */
  transferredAt?: string;
  /** Last resolution (a dossier with several legs is done when the last one is). */
  resolvedAt?: string;
  /** Result back at the desk (register: "ngày nhận kết quả"). */
  resultReadyAt?: string;
  handedOverAt?: string;
  refusedAt?: string;
  withdrawnAt?: string;
  /** requestNumber → requestedAt. */
  supplementRequests?: Record<string, string>;
  /** supplementedAt → the new appointment counted from zero again (Decree 61 art. 18). */
  supplementReturns?: Record<string, string>;
  /** The apology with a new appointment (form 04); allowed once, so the first one is kept. */
  delay?: { declaredAt: string; newAppointmentAt: string };
  /** Explicit flags from intake, once its events carry them (after-hours counter, no-appointment day). */
  afterHours?: boolean;
  instantDay?: boolean;
  /** "2 in 1": the bundle the dossier belongs to; `first` counts the bundle once. */
  bundle?: { code: string; first: boolean };
  rating?: { rating: SatisfactionRating; ratedAt: string };
}
