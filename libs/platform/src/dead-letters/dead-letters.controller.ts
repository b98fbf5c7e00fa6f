import { Controller, Inject, type Type } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { AppError, deadLetterRpcs, type DeadLetterView, type ListDeadLettersQuery, type ReplayDeadLetterCommand } from '@motcua/contracts';
import { JetStreamServer, listDeadLetters, OnRpc, type MessagingConfig } from '@motcua/messaging';
import { MESSAGING_CONFIG, NATS_CONNECTION } from '../bootstrap/tokens';

const ADMIN_ROLES = ['province-admin', 'unit-admin'];

function requireAdmin(actor: { roles: string[] }): void {
  if (!actor.roles.some((r) => ADMIN_ROLES.includes(r))) throw AppError.forbidden('Chỉ quản trị viên xử lý các tin nhắn lỗi (dead letters)');
}

/** Each service lists and replays its own dead letters (subjects carry the service name, hence a class per service). */
export function deadLettersController(service: string): Type {
  const rpcs = deadLetterRpcs(service);

  @Controller()
  class DeadLettersController {
    constructor(
      private readonly server: JetStreamServer,
      @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
      @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
    ) {}

    @OnRpc(rpcs.list)
    async list(query: ListDeadLettersQuery): Promise<DeadLetterView[]> {
      requireAdmin(query.actor);
      const letters = await listDeadLetters(await jetstreamManager(this.nc), this.config, query.limit ?? 100);
      return letters.map(({ payload: _payload, ...view }) => view);
    }

    @OnRpc(rpcs.replay)
    async replay(command: ReplayDeadLetterCommand): Promise<{ replayed: boolean; error?: string }> {
      requireAdmin(command.actor);
      return this.server.replayDeadLetter(command.seq);
    }
  }
  return DeadLettersController;
}
