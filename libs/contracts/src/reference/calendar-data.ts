/**
 * The legal calendar scheduling owns and replicates (NATS KV bucket `<prefix>_calendar`, key `official-years`):
 * each year's official decisions (Tết days, Hùng Kings, the day next to 2 Sep, swap days), as the working-days
 * library's OfficialYearDecision JSON.
 */
export const CALENDAR_BUCKET = 'calendar';
export const OFFICIAL_YEARS_KEY = 'official-years';
