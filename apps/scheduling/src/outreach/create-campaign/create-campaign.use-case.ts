import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError, type CreateOutreachCampaignCommand, type OutreachCampaignView } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { assertStaffOf } from '../../authorization/unit-access';
import { ReferenceReplica } from '../../reference/reference-replica';
import { OutreachStore } from '../outreach-store';

export const OUTREACH_ROLES = ['unit-admin', 'desk-clerk'] as const;

/** A unit starts an outreach campaign (home visits, school visits, a mobile team) for its own area. */
@Injectable()
export class CreateCampaignUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: OutreachStore,
    private readonly reference: ReferenceReplica,
  ) {}

  async execute(command: CreateOutreachCampaignCommand): Promise<OutreachCampaignView> {
    const { actor, body } = command;
    assertStaffOf(actor, actor.unitCode, [...OUTREACH_ROLES]);
    if (body.endsOn < body.startsOn) throw AppError.invalid([{ field: 'endsOn', reason: 'không được trước ngày bắt đầu (startsOn)' }]);
    if (body.procedureCode !== undefined && !this.reference.procedure(body.procedureCode)) {
      throw AppError.invalid([{ field: 'procedureCode', reason: `không có thủ tục ${body.procedureCode} trong danh mục` }]);
    }
    return runIdempotent(this.runner, { command: 'create-outreach-campaign', key: command.idempotencyKey, request: { actor, body } }, async (uow) => {
      const campaign = {
        id: randomUUID(),
        unit_code: actor.unitCode,
        name: body.name,
        kind: body.kind,
        procedure_code: body.procedureCode ?? null,
        starts_on: body.startsOn,
        ends_on: body.endsOn,
      };
      await this.store.insertCampaign(uow.manager, campaign, actor.staffId);
      return this.store.view(campaign, uow.manager);
    });
  }
}
