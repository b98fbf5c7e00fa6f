/**
 * A tiny service used by the messaging library's own tests: a command that records an entry and its event in
 * one transaction, and a consumer of that event whose every application leaves a row, so a doubled effect shows.
 */
import { Controller, Module } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AppError, CommandEnvelope, defineEvent, defineRpc } from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent, OnRpc } from '@motcua/messaging';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import type { ServiceDefinition } from '../../bootstrap/service-definition';

export class EntryAddedV1 {
  @IsString() entryId: string;
  @IsOptional() @IsBoolean() fail?: boolean;
}
export const EntryAdded = defineEvent('ledger.evt.entry.added.v1', EntryAddedV1);

export class AddEntryCommand extends CommandEnvelope {
  @IsString() entryId: string;
  @IsOptional() @IsBoolean() fail?: boolean;
}
export const AddEntry = defineRpc<AddEntryCommand, { entryId: string }>('ledger.cmd.add-entry', AddEntryCommand);

class LedgerTables1763700009000 implements MigrationInterface {
  name = 'LedgerTables1763700009000';
  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE ledger.entries (entry_id text PRIMARY KEY)');
    // No unique key on purpose: only the inbox stands between a redelivery and a second row.
    await q.query('CREATE TABLE ledger.effects (entry_id text NOT NULL, message_id text NOT NULL, at timestamptz NOT NULL DEFAULT now())');
    // A switch the tests flip to make failing messages succeed (then replay their dead letters).
    await q.query('CREATE TABLE ledger.switches (name text PRIMARY KEY, on_ boolean NOT NULL)');
  }
  async down(): Promise<void> {}
}

@Controller()
class LedgerHandlers {
  constructor(private readonly runner: TransactionRunner) {}

  @OnRpc(AddEntry)
  add(command: AddEntryCommand): Promise<{ entryId: string }> {
    if (command.entryId === 'forbidden') throw AppError.forbidden('not this one');
    return runIdempotent(this.runner, { command: 'add-entry', key: command.idempotencyKey, request: command.entryId }, async (uow) => {
      await uow.manager.query('INSERT INTO ledger.entries (entry_id) VALUES ($1)', [command.entryId]);
      await uow.publish(EntryAdded.subject, { entryId: command.entryId, ...(command.fail ? { fail: true } : {}) });
      return { entryId: command.entryId };
    });
  }

  @OnEvent(EntryAdded)
  async apply(@Payload() event: EntryAddedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    await consumeOnce(this.runner, ctx, async (uow) => {
      if (event.fail) {
        const [sw] = await uow.manager.query(`SELECT on_ FROM ledger.switches WHERE name = 'heal'`);
        if (!sw?.on_) throw new Error(`entry ${event.entryId} cannot be applied yet`);
      }
      await uow.manager.query('INSERT INTO ledger.effects (entry_id, message_id) VALUES ($1, $2)', [event.entryId, ctx.messageId]);
    });
  }
}

@Module({ controllers: [LedgerHandlers] })
class LedgerModule {}

export const ledgerService: ServiceDefinition = {
  service: 'ledger',
  schema: 'ledger',
  imports: [LedgerModule],
  migrations: [LedgerTables1763700009000],
  defaultPort: 0,
};
