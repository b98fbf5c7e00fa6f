import type {
  DossierDelayedV1,
  DossierHandedOverV1,
  DossierRefusedV1,
  DossierWithdrawnV1,
  DossierSupplementedV1,
  SupplementRequestedV1,
  DossierReceivedV1,
  DossierResolvedV1,
  DossierRoutedV1,
  ResultReadyV1,
  TransferSentV1,
} from '@motcua/contracts';
import type { FactChange } from './fact-changes';

/** What each tracked event tells the statistics (events that tell nothing new, e.g. an acknowledgement, map to none). */
export const eventChanges = {
  received: (e: DossierReceivedV1): FactChange => ({
    kind: 'received',
    reception: {
      receivingUnitCode: e.receivingUnitCode,
      procedureCode: e.procedureCode,
      channel: e.channel,
      timeLimit: { value: e.timeLimit.value, unit: e.timeLimit.unit },
      receivedAt: e.receivedAt,
      appointmentAt: e.appointmentAt,
    },
    ...(e.instant ? { instantDay: true } : {}),
  }),
  routed: (e: DossierRoutedV1): FactChange => ({ kind: 'routed', competentUnitCode: e.competentUnitCode }),
  transferSent: (e: TransferSentV1): FactChange => ({ kind: 'transferred', at: e.sentAt }),
  resolved: (e: DossierResolvedV1): FactChange => ({ kind: 'resolved', at: e.resolvedAt }),
  resultReady: (e: ResultReadyV1): FactChange => ({ kind: 'result-ready', at: e.readyAt }),
  handedOver: (e: DossierHandedOverV1): FactChange => ({ kind: 'handed-over', at: e.handedOverAt }),
  supplementRequested: (e: SupplementRequestedV1): FactChange => ({ kind: 'supplement-requested', requestNumber: e.requestNumber, at: e.requestedAt }),
  supplemented: (e: DossierSupplementedV1): FactChange => ({ kind: 'supplemented', at: e.supplementedAt, newAppointmentAt: e.newAppointmentAt }),
  delayed: (e: DossierDelayedV1): FactChange => ({ kind: 'delayed', at: e.declaredAt, newAppointmentAt: e.newAppointmentAt }),
  refused: (e: DossierRefusedV1): FactChange => ({ kind: 'refused', at: e.refusedAt }),
  withdrawn: (e: DossierWithdrawnV1): FactChange => ({ kind: 'withdrawn', at: e.withdrawnAt }),
};
