import { AvailableSlotsController } from './bookings/available-slots.controller';
import { BookSlotController } from './bookings/book-slot.controller';
import { CancelBookingController } from './bookings/cancel-booking.controller';
import { DeskBookingsController } from './bookings/desk-bookings.controller';
import { CalendarYearController } from './calendar/calendar-year.controller';
import { ComputeDeadlineController } from './calendar/compute-deadline.controller';
import { SetOfficialYearController } from './calendar/set-official-year.controller';
import { SetProvinceDaysController } from './calendar/set-province-days.controller';
import { AddTargetsController } from './outreach/add-targets.controller';
import { CampaignController } from './outreach/campaign.controller';
import { CreateCampaignController } from './outreach/create-campaign.controller';
import { RecordVisitController } from './outreach/record-visit.controller';
import { CallNextController } from './queue/call-next.controller';
import { QueueStatsController } from './queue/queue-stats.controller';
import { ServeTicketController } from './queue/serve-ticket.controller';
import { SkipTicketController } from './queue/skip-ticket.controller';
import { TakeTicketController } from './queue/take-ticket.controller';
import { PublicSchedulingRateLimit } from './scheduling-params';
import { CreateSessionController } from './schedules/create-session.controller';
import { SetDeskHoursController } from './schedules/set-desk-hours.controller';
import { SetThemeDaysController } from './schedules/set-theme-days.controller';
import { UnitScheduleController } from './schedules/unit-schedule.controller';
import { UpdateSessionController } from './schedules/update-session.controller';

/** The scheduling endpoints (issue 7): calendar, opening hours and sessions, bookings, queue, outreach. */
export const SCHEDULING_CONTROLLERS = [
  CalendarYearController,
  SetOfficialYearController,
  SetProvinceDaysController,
  ComputeDeadlineController,
  UnitScheduleController,
  CreateSessionController,
  UpdateSessionController,
  SetDeskHoursController,
  SetThemeDaysController,
  AvailableSlotsController,
  BookSlotController,
  CancelBookingController,
  DeskBookingsController,
  TakeTicketController,
  CallNextController,
  ServeTicketController,
  SkipTicketController,
  QueueStatsController,
  CreateCampaignController,
  AddTargetsController,
  RecordVisitController,
  CampaignController,
];

export const SCHEDULING_PROVIDERS = [PublicSchedulingRateLimit];
