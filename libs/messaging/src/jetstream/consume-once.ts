import type { TransactionRunner, UnitOfWork } from '@motcua/persistence';
import type { JetStreamContext } from './jetstream.context';

/**
 * The idempotent consumer: the inbox claim and the handler's effects commit in one transaction, so a
 * redelivered message (crash before ack, replay) changes nothing the second time.
 */
export async function consumeOnce(
  runner: TransactionRunner,
  ctx: JetStreamContext,
  effects: (uow: UnitOfWork) => Promise<void>,
): Promise<boolean> {
  return runner.run(async (uow) => {
    if (!(await uow.claimMessage(ctx.consumer, ctx.messageId))) return false;
    await effects(uow);
    return true;
  });
}
