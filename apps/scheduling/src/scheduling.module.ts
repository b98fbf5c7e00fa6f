import { Module } from '@nestjs/common';
import { BookingReminders } from './bookings/reminders/booking-reminders';
import { AvailableSlotsHandler } from './bookings/available-slots/available-slots.handler';
import { BookSlotHandler } from './bookings/book-slot/book-slot.handler';
import { BookSlotUseCase } from './bookings/book-slot/book-slot.use-case';
import { BookingStore } from './bookings/booking-store';
import { CancelBookingHandler } from './bookings/cancel-booking/cancel-booking.handler';
import { CancelBookingUseCase } from './bookings/cancel-booking/cancel-booking.use-case';
import { DeskBookingsHandler } from './bookings/desk-bookings/desk-bookings.handler';
import { CalendarYearHandler } from './calendar/calendar-year/calendar-year.handler';
import { ComputeDeadlineHandler } from './calendar/compute-deadline/compute-deadline.handler';
import { OfficialYearsStore } from './calendar/official-years.store';
import { ProvinceDaysStore } from './calendar/province-days.store';
import { PublishCalendar } from './calendar/publish-calendar';
import { SchedulingCalendar } from './calendar/scheduling-calendar';
import { SetOfficialYearHandler } from './calendar/set-official-year/set-official-year.handler';
import { SetOfficialYearUseCase } from './calendar/set-official-year/set-official-year.use-case';
import { SetProvinceDaysHandler } from './calendar/set-province-days/set-province-days.handler';
import { SetProvinceDaysUseCase } from './calendar/set-province-days/set-province-days.use-case';
import { AddTargetsHandler } from './outreach/add-targets/add-targets.handler';
import { AddTargetsUseCase } from './outreach/add-targets/add-targets.use-case';
import { CampaignHandler } from './outreach/campaign/campaign.handler';
import { CreateCampaignHandler } from './outreach/create-campaign/create-campaign.handler';
import { CreateCampaignUseCase } from './outreach/create-campaign/create-campaign.use-case';
import { OutreachStore } from './outreach/outreach-store';
import { RecordVisitHandler } from './outreach/record-visit/record-visit.handler';
import { RecordVisitUseCase } from './outreach/record-visit/record-visit.use-case';
import { CallNextHandler } from './queue/call-next/call-next.handler';
import { CallNextUseCase } from './queue/call-next/call-next.use-case';
import { CloseTicketHandler } from './queue/close-ticket/close-ticket.handler';
import { CloseTicketUseCase } from './queue/close-ticket/close-ticket.use-case';
import { QueueStatsHandler } from './queue/queue-stats/queue-stats.handler';
import { QueueStore } from './queue/queue-store';
import { TakeTicketHandler } from './queue/take-ticket/take-ticket.handler';
import { TakeTicketUseCase } from './queue/take-ticket/take-ticket.use-case';
import { ReferenceReplica } from './reference/reference-replica';
import { ReplicaPublisher } from './replication/replica-publisher';
import { CreateSessionHandler } from './schedules/create-session/create-session.handler';
import { CreateSessionUseCase } from './schedules/create-session/create-session.use-case';
import { PublishSchedules } from './schedules/publish-schedules';
import { SetDeskHoursHandler } from './schedules/set-desk-hours/set-desk-hours.handler';
import { SetDeskHoursUseCase } from './schedules/set-desk-hours/set-desk-hours.use-case';
import { SetThemeDaysHandler } from './schedules/set-theme-days/set-theme-days.handler';
import { SetThemeDaysUseCase } from './schedules/set-theme-days/set-theme-days.use-case';
import { UnitScheduleHandler } from './schedules/unit-schedule/unit-schedule.handler';
import { UnitScheduleStore } from './schedules/unit-schedule.store';
import { UpdateSessionHandler } from './schedules/update-session/update-session.handler';
import { UpdateSessionUseCase } from './schedules/update-session/update-session.use-case';
import { SeedDemoSchedules } from './seed/seed-demo-schedules';
import { SchedulingSettings } from './settings/scheduling-settings';

@Module({
  controllers: [
    SetOfficialYearHandler,
    SetProvinceDaysHandler,
    CalendarYearHandler,
    ComputeDeadlineHandler,
    CreateSessionHandler,
    UpdateSessionHandler,
    SetDeskHoursHandler,
    SetThemeDaysHandler,
    UnitScheduleHandler,
    AvailableSlotsHandler,
    BookSlotHandler,
    CancelBookingHandler,
    DeskBookingsHandler,
    TakeTicketHandler,
    CallNextHandler,
    CloseTicketHandler,
    QueueStatsHandler,
    CreateCampaignHandler,
    AddTargetsHandler,
    RecordVisitHandler,
    CampaignHandler,
  ],
  providers: [
    SchedulingSettings,
    ReferenceReplica,
    OfficialYearsStore,
    ProvinceDaysStore,
    PublishCalendar,
    SchedulingCalendar,
    UnitScheduleStore,
    PublishSchedules,
    ReplicaPublisher,
    SetOfficialYearUseCase,
    SetProvinceDaysUseCase,
    CreateSessionUseCase,
    UpdateSessionUseCase,
    SetDeskHoursUseCase,
    SetThemeDaysUseCase,
    BookingStore,
    BookSlotUseCase,
    CancelBookingUseCase,
    BookingReminders,
    QueueStore,
    TakeTicketUseCase,
    CallNextUseCase,
    CloseTicketUseCase,
    OutreachStore,
    CreateCampaignUseCase,
    AddTargetsUseCase,
    RecordVisitUseCase,
    SeedDemoSchedules,
  ],
})
export class SchedulingModule {}
