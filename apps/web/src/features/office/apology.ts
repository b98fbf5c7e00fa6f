import type { TimelineEntry } from './types';

/**
 * Form 04 (Phiếu xin lỗi và hẹn lại ngày trả kết quả), laid out by the browser: the gateway has no printable
 * form 04, and relay keeps the apology's reason to itself (TransferView has no reason nor appointment). So the
 * screen keeps what the handler declared, on this PC, and reads the rest from the dossier's timeline.
 */
export interface ApologyLetter {
  transferId: string;
  dossierCode: string;
  procedureCode: string;
  /** The competent office that apologises, and the desk that received the dossier. */
  officeUnitCode: string;
  receivingUnitCode: string;
  reason: string;
  newAppointmentAt: string;
  declaredAt: string;
  declaredBy: string;
}

const KEY = 'motcua.office.apology.';

export function saveLetter(storage: Pick<Storage, 'setItem'>, letter: ApologyLetter): void {
  try {
    storage.setItem(KEY + letter.transferId, JSON.stringify(letter));
  } catch {
    // a full or disabled storage only loses the reprint; the apology itself is recorded by relay
  }
}

export function loadLetter(storage: Pick<Storage, 'getItem'>, transferId: string): ApologyLetter | undefined {
  try {
    const raw = storage.getItem(KEY + transferId);
    return raw ? (JSON.parse(raw) as ApologyLetter) : undefined;
  } catch {
    return undefined;
  }
}

export interface TimelineFacts {
  receivedAt?: string;
  /** dd/mm/yyyy, as tracking's description gives them. */
  previousAppointment?: string;
  newAppointment?: string;
}

/** What form 04 needs that the timeline knows: when the desk received the dossier, and the old and new appointments. */
export function factsFromTimeline(entries: readonly TimelineEntry[]): TimelineFacts {
  const facts: TimelineFacts = {};
  const received = entries.find((e) => e.event === 'intake.evt.dossier.received.v1');
  if (received) facts.receivedAt = received.at;
  const delayed = [...entries].reverse().find((e) => e.event === 'relay.evt.dossier.delayed.v1');
  if (delayed) {
    const next = /hẹn lại ngày trả kết quả:\s*(\d{2}\/\d{2}\/\d{4})/i.exec(delayed.description);
    const old = /hẹn cũ\s*(\d{2}\/\d{2}\/\d{4})/i.exec(delayed.description);
    if (next) facts.newAppointment = next[1];
    if (old) facts.previousAppointment = old[1];
  }
  return facts;
}
