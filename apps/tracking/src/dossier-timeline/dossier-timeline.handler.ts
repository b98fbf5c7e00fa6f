import { Controller } from '@nestjs/common';
import { AppError, DossierTimelineRpc, type DossierTimeline, type DossierTimelineQuery } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { ProgressStore } from '../progress/progress-store';
import { ReferenceReplica } from '../reference/reference-replica';
import { mayReadTimeline } from './may-read-timeline';

/** A dossier's steps across services, for the staff of the units it passed through. */
@Controller()
export class DossierTimelineHandler {
  constructor(
    private readonly store: ProgressStore,
    private readonly reference: ReferenceReplica,
  ) {}

  @OnRpc(DossierTimelineRpc)
  async timeline(query: DossierTimelineQuery): Promise<DossierTimeline> {
    const entries = await this.store.timeline(query.dossierCode);
    if (entries.length === 0) throw AppError.notFound('hồ sơ');
    const tree = this.reference.tree();
    if (!mayReadTimeline(query.actor, await this.store.unitsOf(query.dossierCode), (a, b) => tree.same(a, b))) {
      throw AppError.forbidden('Hồ sơ này không liên quan đến đơn vị của bạn');
    }
    return { dossierCode: query.dossierCode, entries };
  }
}
