import { Controller } from '@nestjs/common';
import { DeskBookings, type DeskBookingsQuery, type DeskBookingView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { assertStaffOf } from '../../authorization/unit-access';
import { ReferenceReplica } from '../../reference/reference-replica';
import { BookingStore, toDeskBookingView } from '../booking-store';

/** Who is coming to the desk's sessions on a day: staff of the unit only (names and phones). */
@Controller()
export class DeskBookingsHandler {
  constructor(
    private readonly bookings: BookingStore,
    private readonly reference: ReferenceReplica,
  ) {}

  @OnRpc(DeskBookings)
  async handle(query: DeskBookingsQuery): Promise<DeskBookingView[]> {
    const unitCode = query.unitCode ?? query.actor.unitCode;
    assertStaffOf(query.actor, unitCode, ['desk-clerk', 'after-hours-clerk', 'unit-admin']);
    const deskName = this.reference.findUnit(unitCode)?.deskName ?? unitCode;
    return (await this.bookings.forDesk(unitCode, query.date)).map((row) => toDeskBookingView(row, row.session_name, deskName));
  }
}
