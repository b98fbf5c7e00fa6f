import type { Channel, SatisfactionRating, TimeLimitUnit } from '@motcua/contracts';
import { vietnamDayOf, type IsoDay, type LegalCalendar } from '@motcua/working-days';
import type { DossierFact } from './dossier-fact';
import { outcomeOf, type EndKind, type Timeliness } from './outcome';
import { resolutionTime } from './resolution-time';

/** Channels where the citizen stands at a counter: a reception on a day off there is an after-hours service. */
const IN_PERSON_CHANNELS: readonly Channel[] = ['counter', 'after-hours-counter', 'outreach'];

/**
 * What the counters and the stock queries read about one dossier, derived from its fact once the reception is known.
 * Stored next to the fact, so the contribution a dossier made earlier can be taken back exactly even if the calendar
 * has changed since (contributions are a function of these stored values only).
 */
export interface DossierFigures {
  receivingUnitCode: string;
  /** The receiving unit until routing names another. */
  competentUnitCode: string;
  procedureCode: string;
  channel: Channel;
  timeUnit: TimeLimitUnit;
  receivedAt: Date;
  dueAt: Date;
  endedAt: Date | null;
  endKind: EndKind | null;
  endClass: Timeliness | null;
  pausedSince: Date | null;
  lateAlready: boolean;
  /** In `timeUnit`; for resolved dossiers only. */
  resolutionTime: number | null;
  afterHours: boolean;
  instantDay: boolean;
  /** Resolved by the office, result not handed to the citizen yet. */
  awaitingCollection: boolean;
  /** The day of each supplement request. */
  supplementDays: IsoDay[];
  /** The day the apology with a new appointment was issued. */
  delayDay: IsoDay | null;
  bundle: 'first' | 'member' | null;
  rating: SatisfactionRating | null;
}

/** Undefined until the reception is known: a dossier is counted from its reception on. */
export function deriveFigures(fact: DossierFact, calendar: LegalCalendar): DossierFigures | undefined {
  const reception = fact.reception;
  if (!reception) return undefined;
  const outcome = outcomeOf(reception, fact);
  const receivedAt = new Date(reception.receivedAt);
  const receivedDay = vietnamDayOf(receivedAt);
  const resolved = outcome.endKind === 'resolved' && outcome.endedAt !== null;
  const { value, unit } = reception.timeLimit;
  return {
    receivingUnitCode: reception.receivingUnitCode,
    competentUnitCode: fact.competentUnitCode ?? reception.receivingUnitCode,
    procedureCode: reception.procedureCode,
    channel: reception.channel,
    timeUnit: unit,
    receivedAt,
    dueAt: outcome.dueAt,
    endedAt: outcome.endedAt,
    endKind: outcome.endKind,
    endClass: outcome.endClass,
    pausedSince: outcome.pausedSince,
    lateAlready: outcome.lateAlready,
    resolutionTime: resolved ? resolutionTime(receivedAt, outcome.endedAt!, unit, outcome.pauses, calendar) : null,
    afterHours:
      fact.afterHours ??
      (reception.channel === 'after-hours-counter' || (IN_PERSON_CHANNELS.includes(reception.channel) && !calendar.isWorkingDay(receivedDay))),
    // Until intake flags no-appointment days: a multi-day procedure settled on the day it was received.
    instantDay: fact.instantDay ?? (resolved && unit !== 'same-day' && value > 0 && vietnamDayOf(outcome.endedAt!) === receivedDay),
    awaitingCollection: resolved && fact.resolvedAt !== undefined && fact.handedOverAt === undefined,
    supplementDays: Object.values(fact.supplementRequests ?? {})
      .map((iso) => vietnamDayOf(new Date(iso)))
      .sort(),
    delayDay: fact.delay ? vietnamDayOf(new Date(fact.delay.declaredAt)) : null,
    bundle: fact.bundle ? (fact.bundle.first ? 'first' : 'member') : null,
    rating: fact.rating?.rating ?? null,
  };
}
