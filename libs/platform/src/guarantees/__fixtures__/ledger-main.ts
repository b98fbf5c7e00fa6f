import { bootstrapService } from '../../bootstrap/bootstrap-service';
import { ledgerService } from './ledger.service';

// Child process of the crash tests: MOTCUA_FAULT decides where it kills itself.
bootstrapService(ledgerService, {
  ackWaitMs: Number(process.env.ACK_WAIT_MS ?? 30_000),
  retry: { maxDeliveries: 3, backoffMs: [100] },
}).then(
  (running) => {
    process.stdout.write(`ready ${running.url}\n`);
    process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
  },
  (error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
