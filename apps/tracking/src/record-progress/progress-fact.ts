import type { ProgressStatus } from '../progress/dossier-progress';

/** One event, as tracking keeps it: a timeline entry, the status it proves, and what it tells about the dossier. */
export interface ProgressFact {
  dossierCode: string;
  /** The event subject, e.g. `relay.evt.transfer.sent.v1`. */
  event: string;
  /** The step it proves; null for a detour (supplement, delay, alert), which leaves the status where it is. */
  status: ProgressStatus | null;
  /** For a detour: the step it happens during, to order it among facts of the same instant. */
  during?: ProgressStatus;
  /** When it happened (from the payload), not when tracking heard of it. */
  at: string;
  /** Where it happened. */
  unitCode: string | null;
  /** Plain Vietnamese, for staff reading the timeline. */
  description: string;
  /** Every unit that takes part in this step: their staff may read the dossier's timeline. */
  units: string[];
  /** Reception details, from the events that carry them (received, routed). */
  reception?: {
    procedureCode?: string;
    procedureName?: string;
    receivingUnitCode?: string;
    receivedAt?: string;
    appointmentAt?: string;
  };
  /** Where the citizen collects the result (result-ready). */
  collectAt?: string;
  /** Hashes of the public lookup's second factor (received): never the digits. */
  lookupFactors?: string[];
}
