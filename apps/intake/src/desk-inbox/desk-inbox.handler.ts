import { Controller } from '@nestjs/common';
import { DeskInbox, type DeskDossierView, type DeskInboxQuery } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { assertDeskStaff } from '../authorization/desk-access';
import { DossierRepository } from '../dossiers/dossier-repository';
import { toDeskView } from '../dossiers/dossier-row';

/** The desk's dossiers, newest results first: what to hand over today, to whom, and how the citizen asked for it. */
@Controller()
export class DeskInboxHandler {
  constructor(private readonly dossiers: DossierRepository) {}

  @OnRpc(DeskInbox)
  async handle(query: DeskInboxQuery): Promise<DeskDossierView[]> {
    assertDeskStaff(query.actor);
    return (await this.dossiers.listForDesk(query.actor.unitCode, query.status)).map(toDeskView);
  }
}
