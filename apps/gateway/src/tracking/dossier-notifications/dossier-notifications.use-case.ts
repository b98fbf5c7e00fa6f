import { Injectable } from '@nestjs/common';
import { Deliveries, DossierTimelineRpc, type DeliveryView, type StaffActor } from '@motcua/contracts';
import { Downstream } from '../../downstream/downstream';

/**
 * The notification service answers for any staff member ("the gateway decides who may ask") and does not know a
 * dossier's units. Tracking does: its timeline query refuses another unit's dossier with a 403 (404 when unknown),
 * so it is asked first. Remove the first call once notification checks the unit itself.
 */
@Injectable()
export class DossierNotifications {
  constructor(private readonly downstream: Downstream) {}

  async execute(actor: StaffActor, dossierCode: string): Promise<DeliveryView[]> {
    await this.downstream.call(DossierTimelineRpc, { actor, dossierCode });
    return this.downstream.call(Deliveries, { actor, dossierCode });
  }
}
