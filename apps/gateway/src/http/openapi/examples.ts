/** Worked examples of the services' answers, shown in the OpenAPI document (the contracts are interfaces only). */

const CODE = '000.72.69.H20-260302-0001';
const TRANSFER_ID = '3f0c6a1e-2b7d-4e0f-9a51-0d2b8c7e4f11';

export const SUBMISSION_EXAMPLE = {
  procedureCode: '1.001612',
  channel: 'counter',
  resultDelivery: 'desk',
  applicant: { fullName: 'Nguyễn Thị Hồng', idNumber: '087190001234', phone: '0912345678', address: 'Ấp Phước Tiên, xã Tân Phước' },
  documents: [
    { code: 'giay-de-nghi', present: true },
    { code: 'giay-to-phap-ly', present: true },
  ],
};

export const RECEIPT_EXAMPLE = {
  dossierCode: CODE,
  procedure: { code: '1.001612', name: 'Đăng ký thành lập hộ kinh doanh' },
  receivingUnit: { code: '29972', name: 'Xã Tân Phước', deskName: 'Bộ phận Một cửa xã Tân Phước' },
  applicant: { fullName: 'Nguyễn Thị Hồng', address: 'Ấp Phước Tiên, xã Tân Phước', phone: '0912345678' },
  documents: [{ code: 'giay-de-nghi', name: 'Giấy đề nghị đăng ký hộ kinh doanh', form: 'original', count: 1 }],
  timeLimit: { value: 3, unit: 'working-days' },
  receivedAt: '2026-03-02T01:00:00.000Z',
  appointmentAt: '2026-03-05T08:00:00.000Z',
  resultDelivery: 'desk',
  channel: 'counter',
  receivedBy: '6f1c2d3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f',
};

export const DESK_DOSSIER_EXAMPLE = {
  dossierCode: CODE,
  procedureCode: '1.001612',
  procedureName: 'Đăng ký thành lập hộ kinh doanh',
  applicantName: 'Nguyễn Thị Hồng',
  resultDelivery: 'desk',
  status: 'result-ready',
  receivedAt: '2026-03-02T01:00:00.000Z',
  appointmentAt: '2026-03-05T08:00:00.000Z',
  resultRef: 'GCN-HKD-0001',
  resultReadyAt: '2026-03-04T09:00:00.000Z',
  handedOverAt: null,
};

export const TRANSFER_EXAMPLE = {
  transferId: TRANSFER_ID,
  dossierCode: CODE,
  procedureCode: '1.001612',
  fromUnitCode: '29972',
  toUnitCode: '869',
  status: 'acknowledged',
  sentAt: '2026-03-02T01:05:00.000Z',
  dueAt: '2026-03-04T10:00:00.000Z',
  acknowledgedAt: '2026-03-02T02:00:00.000Z',
  resolvedAt: null,
  resultRef: null,
  timeliness: 'not-yet-due',
};

export const TIMELINE_EXAMPLE = {
  dossierCode: CODE,
  entries: [
    { event: 'intake.evt.dossier.received.v1', at: '2026-03-02T01:00:00.000Z', unitCode: '29972', description: 'Tiếp nhận hồ sơ tại Bộ phận Một cửa xã Tân Phước' },
    { event: 'relay.evt.transfer.sent.v1', at: '2026-03-02T01:05:00.000Z', unitCode: '29972', description: 'Chuyển hồ sơ lên Huyện Tân Hồng' },
  ],
};

export const DELIVERY_EXAMPLE = {
  id: 'b3c1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d',
  dossierCode: CODE,
  template: 'receipt',
  channel: 'sms',
  recipient: '091*****78',
  status: 'delivered',
  body: `Ho so ${CODE} da duoc tiep nhan. Hen tra ket qua 05/03/2026.`,
  createdAt: '2026-03-02T01:00:05.000Z',
};

export const DEAD_LETTER_EXAMPLE = {
  seq: 7,
  consumer: 'routing',
  subject: 'intake.evt.dossier.received.v1',
  messageId: 'intake-42',
  error: 'AppError: Không tìm thấy đơn vị 29999',
  deliveries: 8,
  deadLetteredAt: '2026-03-02T03:00:00.000Z',
};

/** An OpenAPI success answer with its example. */
export const exampleOf = (description: string, example: unknown) => ({ description, content: { 'application/json': { example } } });
