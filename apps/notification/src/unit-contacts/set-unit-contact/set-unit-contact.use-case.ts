import { Inject, Injectable } from '@nestjs/common';
import { AppError, type SetUnitContactCommand, type UnitContactView } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { assertUnitContactAdmin } from '../../authorization/notification-access';
import { CLOCK, type Clock } from '../../clock/clock';
import { ContactStore, unitRecipient } from '../../contacts/contact-store';
import { ReferenceReplica } from '../../reference/reference-replica';

/** Sets where a unit's staff alerts go (near deadline, late, paper not sent). */
@Injectable()
export class SetUnitContactUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly contacts: ContactStore,
    private readonly reference: ReferenceReplica,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: SetUnitContactCommand): Promise<UnitContactView> {
    const { actor, unitCode, body } = command;
    assertUnitContactAdmin(actor, unitCode, this.reference, this.clock.now());
    if (!body.phone && !body.email) throw AppError.invalid([{ field: 'phone', reason: 'hãy nhập số điện thoại hoặc địa chỉ e-mail trực' }]);
    return runIdempotent(this.runner, { command: 'set-unit-contact', key: command.idempotencyKey, request: { actor, unitCode, body } }, async (uow) => {
      await this.contacts.put(uow.manager, unitRecipient(unitCode), { phone: body.phone, email: body.email, unitCode });
      return { unitCode, phone: body.phone ?? null, email: body.email ?? null };
    });
  }
}
