import { Injectable } from '@nestjs/common';
import { AppError, type SessionRecord, type UpdateSessionCommand } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { assertManagesUnit } from '../../authorization/unit-access';
import { ReferenceReplica } from '../../reference/reference-replica';
import { ReplicaPublisher } from '../../replication/replica-publisher';
import { sessionFrom } from '../session-input';
import { UnitScheduleStore } from '../unit-schedule.store';

/**
 * Changes a session as a whole (hours, roster, eligible procedures, capacity). Bookings already made keep their
 * seats: a smaller capacity only stops new bookings.
 */
@Injectable()
export class UpdateSessionUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: UnitScheduleStore,
    private readonly reference: ReferenceReplica,
    private readonly publisher: ReplicaPublisher,
  ) {}

  async execute(command: UpdateSessionCommand): Promise<SessionRecord> {
    const { actor, sessionId, body } = command;
    assertManagesUnit(actor, body.unitCode, this.reference);
    const session = await runIdempotent(this.runner, { command: 'update-session', key: command.idempotencyKey, request: { actor, sessionId, body } }, async (uow) => {
      const current = await this.store.session(sessionId, uow.manager, true);
      if (current.unitCode !== body.unitCode) throw AppError.invalid([{ field: 'unitCode', reason: `phiên này thuộc đơn vị ${current.unitCode}` }]);
      const record = sessionFrom(body, sessionId, current.version + 1);
      await this.store.saveSession(uow.manager, record);
      return record;
    });
    await this.publisher.unitChanged(body.unitCode);
    return session;
  }
}
