import { Injectable } from '@nestjs/common';
import { AppError, type StaffActor } from '@motcua/contracts';
import { StaffStore } from '../../staff/staff.store';
import { assertMayReadUnit } from '../staff-admin.policy';
import { toStaffView, type StaffView } from '../staff.view';

@Injectable()
export class GetStaff {
  constructor(private readonly store: StaffStore) {}

  async execute(actor: StaffActor, id: string): Promise<StaffView> {
    const staff = await this.store.findById(id);
    if (!staff) throw new AppError(404, 'not_found', 'Không tìm thấy tài khoản');
    assertMayReadUnit(actor, staff.unitCode);
    return toStaffView(staff);
  }
}
