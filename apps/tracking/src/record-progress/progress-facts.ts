import {
  DossierDelayed,
  DossierHandedOver,
  DossierRefused,
  DossierWithdrawn,
  DossierSupplemented,
  MessageUndelivered,
  PaperDispatched,
  SupplementRequested,
  TransferAssigned,
  DossierReceived,
  DossierResolved,
  DossierRouted,
  ResultReady,
  ResultSentBack,
  TransferAcknowledged,
  TransferSent,
  type DossierDelayedV1,
  type DossierHandedOverV1,
  type DossierRefusedV1,
  type DossierWithdrawnV1,
  type DossierSupplementedV1,
  type MessageUndeliveredV1,
  type NotifyChannel,
  type PaperDispatchedV1,
  type SupplementRequestedV1,
  type TransferAssignedV1,
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

/** dd/mm/yyyy, Vietnam time, for dates quoted in descriptions. */
const vnDate = (iso: string): string => {
  const [y, m, d] = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

const CHANNEL_TEXT: Record<NotifyChannel, string> = { sms: 'SMS', zalo: 'Zalo', email: 'thư điện tử' };

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
    lookupFactors: e.lookupFactors,
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
    description: e.outcome === 'refused' ? 'Văn bản từ chối giải quyết đã chuyển về nơi tiếp nhận' : 'Kết quả đã chuyển về nơi tiếp nhận',
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

  transferAssigned: (e: TransferAssignedV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: TransferAssigned.subject,
    status: null,
    during: 'acknowledged',
    at: e.assignedAt,
    unitCode: e.unitCode,
    description: 'Phân công cán bộ xử lý hồ sơ',
    units: [e.unitCode],
  }),

  paperDispatched: (e: PaperDispatchedV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: PaperDispatched.subject,
    status: null,
    during: 'transferred',
    at: e.dispatchedAt,
    unitCode: e.fromUnitCode,
    description: `Đã chuyển hồ sơ giấy đến ${e.toUnitCode} (${TIMELINESS_TEXT[e.timeliness]})`,
    units: [e.fromUnitCode, e.toUnitCode],
  }),

  supplementRequested: (e: SupplementRequestedV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: SupplementRequested.subject,
    status: null,
    during: 'acknowledged',
    at: e.requestedAt,
    unitCode: e.unitCode,
    description: `Yêu cầu bổ sung, hoàn thiện hồ sơ (lần ${e.requestNumber}); tạm dừng tính thời gian giải quyết`,
    units: [e.unitCode, e.receivingUnitCode],
  }),

  supplemented: (e: DossierSupplementedV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: DossierSupplemented.subject,
    status: null,
    during: 'acknowledged',
    at: e.supplementedAt,
    unitCode: e.receivingUnitCode,
    description: `Công dân đã bổ sung hồ sơ; thời gian giải quyết tính lại, hẹn trả ngày ${vnDate(e.newAppointmentAt)}`,
    units: [e.receivingUnitCode],
  }),

  // The apology's reason is the office's free text: left out, like anything that might name a person.
  delayed: (e: DossierDelayedV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: DossierDelayed.subject,
    status: null,
    during: 'acknowledged',
    at: e.declaredAt,
    unitCode: e.unitCode,
    description: `Xin lỗi và hẹn lại ngày trả kết quả: ${vnDate(e.newAppointmentAt)} (hẹn cũ ${vnDate(e.previousAppointmentAt)})`,
    units: [e.unitCode, e.receivingUnitCode],
  }),

  // A refusal ends the processing like a resolution; the public status says which it was (see toPublicStatus).
  refused: (e: DossierRefusedV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: DossierRefused.subject,
    status: 'resolved',
    at: e.refusedAt,
    unitCode: e.unitCode,
    description: 'Từ chối giải quyết hồ sơ (có văn bản nêu rõ lý do)',
    units: [e.unitCode],
  }),

  // Ends the processing at the citizen's request; the reason stays at the desk.
  withdrawn: (e: DossierWithdrawnV1): ProgressFact => ({
    dossierCode: e.dossierCode,
    event: DossierWithdrawn.subject,
    status: null,
    at: e.withdrawnAt,
    unitCode: e.receivingUnitCode,
    description: 'Công dân rút hồ sơ',
    units: [e.receivingUnitCode],
  }),

  messageUndelivered: (e: MessageUndeliveredV1): ProgressFact | undefined =>
    e.dossierCode === undefined
      ? undefined
      : {
          dossierCode: e.dossierCode,
          event: MessageUndelivered.subject,
          status: null,
          at: e.reportedAt,
          unitCode: e.unitCode ?? null,
          description: `Tin nhắn gửi công dân qua ${CHANNEL_TEXT[e.channel]} không đến được (${e.reason === 'failed' ? 'gửi lỗi' : 'quá hạn chưa nhận'})`,
          units: e.unitCode ? [e.unitCode] : [],
        },
};
