import {
  DossierHandedOver,
  DossierReceived,
  DossierResolved,
  DossierRouted,
  ResultReady,
  ResultSentBack,
  TransferAcknowledged,
  TransferSent,
  type DossierHandedOverV1,
  type DossierReceivedV1,
  type DossierResolvedV1,
  type DossierRoutedV1,
  type ResultDelivery,
  type ResultReadyV1,
  type ResultSentBackV1,
  type Timeliness,
  type TransferAcknowledgedV1,
  type TransferSentV1,
} from '@motcua/contracts';
import type { ProgressFact } from './progress-fact';

const TIMELINESS_TEXT: Record<Timeliness, string> = { early: 'trước hạn', 'on-time': 'đúng hạn', late: 'quá hạn' };

const HANDOVER_TEXT: Record<ResultDelivery, string> = {
  desk: 'tại Bộ phận Một cửa',
  post: 'qua dịch vụ bưu chính',
  home: 'tại nhà',
};

// Only a desk is a place to show the public; for post and home delivery `collectAt` could be an address.
const NOT_AT_DESK_TEXT: Record<Exclude<ResultDelivery, 'desk'>, string> = {
  post: 'Kết quả được gửi qua dịch vụ bưu chính',
  home: 'Kết quả được trả tại nhà',
};

/** Each tracked event as a fact. Pure; the citizen's contact in DossierReceived is left out here, never stored. */
export const progressFacts = {
  received: (e: DossierReceivedV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: DossierReceived.subject,
    status: 'received',
    at: e.receivedAt,
    unitCode: e.receivingUnitCode,
    description: 'Tiếp nhận hồ sơ tại Bộ phận Một cửa',
    units: [e.receivingUnitCode],
    reception: {
      procedureCode: e.procedureCode,
      procedureName: e.procedureName,
      receivingUnitCode: e.receivingUnitCode,
      receivedAt: e.receivedAt,
      appointmentAt: e.appointmentAt,
    },
  }),

  // Routing decides at reception time; the fact carries no time of its own, so it sits right after the reception.
  routed: (e: DossierRoutedV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: DossierRouted.subject,
    status: 'routed',
    at: e.receivedAt,
    unitCode: e.competentUnitCode,
    description:
      e.mode === 'relay'
        ? `Xác định cơ quan có thẩm quyền giải quyết: ${e.competentUnitCode}`
        : 'Hồ sơ thuộc thẩm quyền giải quyết của đơn vị tiếp nhận',
    units: [e.receivingUnitCode, e.competentUnitCode],
    reception: {
      procedureCode: e.procedureCode,
      receivingUnitCode: e.receivingUnitCode,
      receivedAt: e.receivedAt,
      appointmentAt: e.appointmentAt,
    },
  }),

  transferSent: (e: TransferSentV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: TransferSent.subject,
    status: 'transferred',
    at: e.sentAt,
    unitCode: e.fromUnitCode,
    description:
      e.fromUnitCode === e.toUnitCode ? 'Chuyển hồ sơ đến bộ phận chuyên môn giải quyết' : `Chuyển hồ sơ lên ${e.toUnitCode}`,
    units: [e.fromUnitCode, e.toUnitCode],
  }),

  transferAcknowledged: (e: TransferAcknowledgedV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: TransferAcknowledged.subject,
    status: 'acknowledged',
    at: e.acknowledgedAt,
    unitCode: e.unitCode,
    description: 'Cơ quan có thẩm quyền đã nhận hồ sơ',
    units: [e.unitCode],
  }),

  resolved: (e: DossierResolvedV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: DossierResolved.subject,
    status: 'resolved',
    at: e.resolvedAt,
    unitCode: e.unitCode,
    description: `Đã giải quyết, có kết quả (${TIMELINESS_TEXT[e.timeliness]})`,
    units: [e.unitCode],
  }),

  resultSentBack: (e: ResultSentBackV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: ResultSentBack.subject,
    status: 'result-sent-back',
    at: e.sentAt,
    unitCode: e.fromUnitCode,
    description: 'Kết quả đã chuyển về nơi tiếp nhận',
    units: [e.fromUnitCode, e.toUnitCode],
  }),

  resultReady: (e: ResultReadyV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: ResultReady.subject,
    status: 'result-ready',
    at: e.readyAt,
    unitCode: e.receivingUnitCode,
    description: 'Kết quả sẵn sàng để trả',
    units: [e.receivingUnitCode],
    collectAt: e.resultDelivery === 'desk' ? e.collectAt : NOT_AT_DESK_TEXT[e.resultDelivery],
  }),

  handedOver: (e: DossierHandedOverV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: DossierHandedOver.subject,
    status: 'handed-over',
    at: e.handedOverAt,
    unitCode: e.receivingUnitCode,
    description: `Đã trả kết quả cho công dân (${HANDOVER_TEXT[e.method]})`,
    units: [e.receivingUnitCode],
  }),
};
