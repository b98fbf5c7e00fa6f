import { Inject, Injectable } from '@nestjs/common';
import { AppError, type CitizenPreferencesView, type SetCitizenPreferencesCommand } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { assertDeskStaff } from '../../authorization/notification-access';
import { CLOCK, type Clock } from '../../clock/clock';
import { citizenKeyOf, PreferenceStore } from '../preference-store';

/**
 * Records what a citizen wants: a preferred channel and, per channel, consent given or withdrawn. Takes effect
 * for messages not sent yet too: a message queued for the morning is cancelled if its channel was withdrawn.
 */
@Injectable()
export class SetCitizenPreferencesUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly preferences: PreferenceStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: SetCitizenPreferencesCommand): Promise<CitizenPreferencesView> {
    const { actor, body } = command;
    assertDeskStaff(actor);
    if (!body.phone && !body.email) {
      throw AppError.invalid([{ field: 'phone', reason: 'hãy nhập số điện thoại hoặc địa chỉ e-mail của công dân' }]);
    }
    const { consents, preferredChannel } = body;
    if (preferredChannel && consents[preferredChannel] === 'withdrawn') {
      throw AppError.invalid([{ field: 'preferredChannel', reason: `không thể chọn ${preferredChannel} khi đang rút lại đồng ý nhận qua kênh này` }]);
    }
    if (preferredChannel && !(preferredChannel === 'email' ? body.email : body.phone)) {
      throw AppError.invalid([{ field: 'preferredChannel', reason: `${preferredChannel} cần ${preferredChannel === 'email' ? 'địa chỉ e-mail' : 'số điện thoại'}` }]);
    }
    return runIdempotent(this.runner, { command: 'set-citizen-preferences', key: command.idempotencyKey, request: { actor, body } }, async (uow) => {
      const key = (await this.preferences.keyFor(uow.manager, body)) ?? citizenKeyOf(body)!;
      await this.preferences.record(uow.manager, key, body, actor, this.clock.now());
      return (await this.preferences.view(uow.manager, key))!;
    });
  }
}
