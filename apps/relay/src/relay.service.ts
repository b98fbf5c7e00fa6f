import { LegalCalendarSource, type ServiceDefinition } from '@motcua/platform';
import { Transfers1763700000300 } from './migrations/1763700000300-transfers';
import { OfficeWorkflow1763700000310 } from './migrations/1763700000310-office-workflow';
import { TransferProvince1763700000320 } from './migrations/1763700000320-transfer-province';
import { WithdrawnTransfers1763700000330 } from './migrations/1763700000330-withdrawn-transfers';
import { TransferLetterFacts1763700000340 } from './migrations/1763700000340-transfer-letter-facts';
import { ReferenceReplica } from './reference/reference-replica';
import { RelayModule } from './relay.module';

export const relayService: ServiceDefinition = {
  service: 'relay',
  schema: 'relay',
  imports: [RelayModule],
  migrations: [Transfers1763700000300, OfficeWorkflow1763700000310, TransferProvince1763700000320, WithdrawnTransfers1763700000330, TransferLetterFacts1763700000340],
  defaultPort: 3103,
  onStart: async (app) => {
    await app.get(LegalCalendarSource).start();
    await app.get(ReferenceReplica).start();
  },
};
