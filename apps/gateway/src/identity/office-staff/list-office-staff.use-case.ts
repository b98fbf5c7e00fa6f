import { Injectable } from '@nestjs/common';
import type { StaffActor } from '@motcua/contracts';
import { StaffStore } from '../staff/staff.store';
import type { OfficeColleagues } from './office-staff.view';

/** The office's people who take dossiers: active handlers and heads of the caller's own unit, by name. */
@Injectable()
export class ListOfficeStaff {
  constructor(private readonly store: StaffStore) {}

  async execute(actor: StaffActor): Promise<OfficeColleagues> {
    const items = await this.store.activeWithAnyRole(actor.unitCode, ['office-handler', 'office-head']);
    return { items: items.map(({ id, displayName }) => ({ id, displayName })) };
  }
}
