import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { CreateSessionCommand, SessionRecord } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { assertManagesUnit } from '../../authorization/unit-access';
import { ReferenceReplica } from '../../reference/reference-replica';
import { ReplicaPublisher } from '../../replication/replica-publisher';
import { sessionFrom } from '../session-input';
import { UnitScheduleStore } from '../unit-schedule.store';

/** A unit opens an after-hours session (weekend, holiday and Tết counters, weekday evenings) with its roster. */
@Injectable()
export class CreateSessionUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: UnitScheduleStore,
    private readonly reference: ReferenceReplica,
    private readonly publisher: ReplicaPublisher,
  ) {}

  async execute(command: CreateSessionCommand): Promise<SessionRecord> {
    const { actor, body } = command;
    this.reference.requireUnit(body.unitCode);
    assertManagesUnit(actor, body.unitCode, this.reference);
    const session = await runIdempotent(this.runner, { command: 'create-session', key: command.idempotencyKey, request: { actor, body } }, async (uow) => {
      const record = sessionFrom(body, randomUUID(), 1);
      await this.store.saveSession(uow.manager, record);
      return record;
    });
    await this.publisher.unitChanged(body.unitCode);
    return session;
  }
}
