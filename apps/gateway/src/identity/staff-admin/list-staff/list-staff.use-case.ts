import { Injectable } from '@nestjs/common';
import type { StaffActor } from '@motcua/contracts';
import { StaffStore } from '../../staff/staff.store';
import { assertMayReadUnit, PROVINCE_WIDE_ROLES } from '../staff-admin.policy';
import { toStaffView, type StaffPage } from '../staff.view';
import type { ListStaffQuery } from './list-staff.query';

@Injectable()
export class ListStaff {
  constructor(private readonly store: StaffStore) {}

  async execute(actor: StaffActor, query: ListStaffQuery): Promise<StaffPage> {
    const provinceWide = actor.roles.some((role) => PROVINCE_WIDE_ROLES.includes(role));
    const unitCode = query.unitCode ?? (provinceWide ? undefined : actor.unitCode);
    if (unitCode !== undefined) assertMayReadUnit(actor, unitCode);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const { items, total } = await this.store.list({
      unitCode,
      role: query.role,
      includeDisabled: query.includeDisabled ?? false,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: items.map(toStaffView), total, page, pageSize };
  }
}
