// The gateway's shapes this screen reads (unit schedule, queue, desk bookings, the desk and admin catalogues), from
// libs/contracts as types only (`import type` is erased from the bundle: none of the contracts' validation code
// reaches the browser). The public catalogue's view is the gateway's own (apps/gateway/src/public/catalogue).
import type { OpeningDayView } from '@motcua/contracts';

export type {
  CatalogueExport,
  CounterQueueStats as CounterStats,
  DeskBookingView as DeskBooking,
  DeskCatalogueView,
  OpeningDayView as OpeningDay,
  ProcedureRecord as CatalogueProcedure,
  QueueStatsView as QueueStats,
  QueueTicketStatus as TicketStatus,
  QueueTicketView as QueueTicket,
  SessionRecord,
  ThemeDayRecord,
  UnitScheduleView as UnitSchedule,
} from '@motcua/contracts';

/** One opening of a session on a day of the schedule. */
export type SessionOccurrence = OpeningDayView['sessions'][number];

/** GET /api/public/procedures (apps/gateway PublicProcedureView; what a clerk outside a session may read). */
export interface PublicProcedure {
  code: string;
  name: string;
  field: string;
  timeLimit: { value: number; unit: string };
}
