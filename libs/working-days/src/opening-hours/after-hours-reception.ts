import { LegalCalendar } from '../calendar/legal-calendar';
import { nextOccurrence, openSessionAt, takesProcedure } from './sessions';
import { ProcedureFacts, SessionOccurrence, SessionRule } from './schedule-types';

export type AfterHoursDecision =
  | { readonly accepted: true; readonly session: SessionOccurrence }
  | {
      readonly accepted: false;
      /** 'no-sessions': the unit runs none; 'closed': none is open now; 'not-eligible': the open one does not take it. */
      readonly reason: 'no-sessions' | 'closed' | 'not-eligible';
      /** The open session that refused the procedure ('not-eligible'). */
      readonly openSession?: SessionOccurrence;
      /** The next session that would take the procedure, if one is held within the horizon. */
      readonly next?: SessionOccurrence;
    };

/**
 * May an after-hours counter receive this procedure now? Only inside an open session that takes it; otherwise the
 * reason and the next session that would (seed 002: same-day commune procedures on Sat, Sun, holidays and Tết).
 */
export function decideAfterHoursReception(rules: readonly SessionRule[], procedure: ProcedureFacts, at: Date, calendar: LegalCalendar): AfterHoursDecision {
  if (rules.length === 0) return { accepted: false, reason: 'no-sessions' };
  const open = openSessionAt(rules, at, calendar);
  if (open && takesProcedure(open.rule, procedure)) return { accepted: true, session: open.occurrence };
  const next = nextOccurrence(rules, at, calendar, (rule) => takesProcedure(rule, procedure));
  return open ? { accepted: false, reason: 'not-eligible', openSession: open.occurrence, next } : { accepted: false, reason: 'closed', next };
}
