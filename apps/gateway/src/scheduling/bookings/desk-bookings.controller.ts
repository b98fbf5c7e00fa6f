import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeskBookings, DeskBookingsQuery, type DeskBookingView } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';

@ApiTags('desk')
@ApiDownstreamErrors()
@Controller('api/desk/bookings')
export class DeskBookingsController {
  constructor(private readonly downstream: Downstream) {}

  @Get()
  @Roles('desk-clerk', 'after-hours-clerk', 'unit-admin')
  @ApiOperation({ summary: "Who booked your unit's sessions on a day (scheduling; own unit)" })
  @ApiOkResponse({ description: 'DeskBookingView[]' })
  bookings(@StaffQuery(DeskBookingsQuery) query: DeskBookingsQuery): Promise<DeskBookingView[]> {
    return this.downstream.call(DeskBookings, query);
  }
}
