import { createHash } from 'node:crypto';
import { AppError } from '@motcua/contracts';
import type { TransactionRunner } from './transaction-runner';
import type { UnitOfWork } from './unit-of-work';

/** The same key with a different request is a client bug, not a retry: refuse it rather than guess. */
export class IdempotencyKeyReusedError extends AppError {
  constructor(readonly command: string) {
    super(409, 'idempotency_key_reused', `Khóa Idempotency-Key này đã được dùng cho một yêu cầu ${command} khác`);
  }
}

export interface IdempotentCommand {
  command: string;
  key: string;
  /** The request body: the same key with a different body is refused, not silently answered. */
  request: unknown;
}

/**
 * Runs a command exactly once per idempotency key: the key row and the command's effects commit together,
 * and a retry (even a concurrent one, which waits on the key's unique index) gets the stored response.
 */
export async function runIdempotent<T>(
  runner: TransactionRunner,
  { command, key, request }: IdempotentCommand,
  execute: (uow: UnitOfWork) => Promise<T>,
): Promise<T> {
  const requestHash = createHash('sha256').update(JSON.stringify(request ?? null)).digest('hex');
  const table = `"${runner.schema}".idempotency_keys`;
  return runner.run(async (uow) => {
    const inserted: unknown[] = await uow.manager.query(
      `INSERT INTO ${table} (command, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
      [command, key, requestHash],
    );
    if (inserted.length === 0) {
      const [stored] = await uow.manager.query(`SELECT request_hash, response FROM ${table} WHERE command = $1 AND key = $2`, [
        command,
        key,
      ]);
      if (stored.request_hash !== requestHash) throw new IdempotencyKeyReusedError(command);
      return stored.response as T;
    }
    const response = await execute(uow);
    await uow.manager.query(`UPDATE ${table} SET response = $3 WHERE command = $1 AND key = $2`, [
      command,
      key,
      JSON.stringify(response ?? null),
    ]);
    return response;
  });
}
