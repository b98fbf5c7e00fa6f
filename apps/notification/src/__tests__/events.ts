import type {
  BookingConfirmedV1,
  DeadlineAlertV1,
  DossierDelayedV1,
  DossierHandedOverV1,
  DossierReceivedV1,
  DossierRefusedV1,
  ResultReadyV1,
  StaffActor,
  SupplementRequestedV1,
} from '@motcua/contracts';

export const clerk: StaffActor = { staffId: 'clerk-1', unitCode: '29972', roles: ['desk-clerk'] };
export const provinceAdmin: StaffActor = { staffId: 'admin-87', unitCode: '87', roles: ['province-admin'] };
export const auditor: StaffActor = { staffId: 'auditor-1', unitCode: '87', roles: ['auditor'] };

let sequence = 0;
export const newCode = () => `000.00.13.H20-251120-${String(2000 + ++sequence)}`;
/** A different citizen each time: preferences recorded by one test never reach another. */
export const newPhone = () => `09${String(10_000_000 + Math.floor(Math.random() * 89_999_999)).slice(0, 8)}`;
const transferId = () => `5f0c6a1e-2b7d-4e0f-9a51-${String(100_000_000_000 + ++sequence)}`;

export const received = (dossierCode: string, contact: DossierReceivedV1['contact'], over: Partial<DossierReceivedV1> = {}): DossierReceivedV1 => ({
  dossierCode,
  procedureCode: '1.004873',
  procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  receivingUnitCode: '29972',
  channel: 'counter',
  resultDelivery: 'desk',
  receivedAt: '2025-11-20T01:30:00.000Z',
  appointmentAt: '2025-11-25T09:00:00.000Z',
  timeLimit: { value: 3, unit: 'working-days' },
  contact,
  ...over,
});

export const resultReady = (dossierCode: string, resultDelivery: ResultReadyV1['resultDelivery'] = 'desk'): ResultReadyV1 => ({
  dossierCode,
  receivingUnitCode: '29972',
  collectAt: 'Bộ phận Một cửa xã Tân Phước',
  resultDelivery,
  readyAt: '2025-11-24T02:00:00.000Z',
});

export const handedOver = (dossierCode: string): DossierHandedOverV1 => ({
  dossierCode,
  receivingUnitCode: '29972',
  method: 'desk',
  staffId: 'clerk-1',
  handedOverAt: '2025-11-24T03:15:00.000Z',
});

export const supplementRequested = (dossierCode: string): SupplementRequestedV1 => ({
  transferId: transferId(),
  dossierCode,
  unitCode: '869',
  receivingUnitCode: '29972',
  items: [{ name: 'Bản sao giấy khai sinh', reason: 'bản sao không rõ nét' }],
  requestNumber: 1,
  requestedAt: '2025-11-21T02:00:00.000Z',
});

export const refused = (dossierCode: string): DossierRefusedV1 => ({
  transferId: transferId(),
  dossierCode,
  unitCode: '869',
  staffId: 'handler-1',
  reasons: ['Người yêu cầu không thuộc đối tượng được cấp'],
  refusedAt: '2025-11-21T03:00:00.000Z',
});

export const delayed = (dossierCode: string): DossierDelayedV1 => ({
  transferId: transferId(),
  dossierCode,
  unitCode: '869',
  receivingUnitCode: '29972',
  staffId: 'head-1',
  reason: 'Cần xác minh thêm tại cơ quan khác',
  previousAppointmentAt: '2025-11-25T09:00:00.000Z',
  newAppointmentAt: '2025-11-28T09:00:00.000Z',
  declaredAt: '2025-11-24T02:00:00.000Z',
});

export const deadlineAlert = (dossierCode: string, unitCode: string): DeadlineAlertV1 => ({
  transferId: transferId(),
  dossierCode,
  unitCode,
  receivingUnitCode: '29972',
  level: 'late',
  dueAt: '2025-11-25T09:00:00.000Z',
  raisedAt: '2025-11-25T09:05:00.000Z',
});

export const bookingConfirmed = (bookingCode: string, contact: BookingConfirmedV1['contact']): BookingConfirmedV1 => ({
  bookingCode,
  unitCode: '29972',
  deskName: 'Bộ phận Một cửa xã Tân Phước',
  sessionName: 'Tiếp nhận ngoài giờ sáng thứ Bảy',
  slotStart: '2025-11-22T01:30:00.000Z',
  slotEnd: '2025-11-22T01:45:00.000Z',
  contact,
});
