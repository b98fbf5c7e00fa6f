import { createVietnamLegalCalendar, LegalCalendar } from '@motcua/working-days';

/**
 * The legal working-day calendar used for appointments. Built from the official data shipped with the
 * working-days library until scheduling replicates the province's calendar (its own issue).
 */
export const legalCalendarProvider = { provide: LegalCalendar, useFactory: () => createVietnamLegalCalendar() };
