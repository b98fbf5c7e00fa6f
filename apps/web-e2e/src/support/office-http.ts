import { randomInt, randomUUID } from 'node:crypto';
import { baseUrl } from './browser';

export interface HttpAnswer<T = any> {
  status: number;
  body: T;
}

/** The gateway over HTTP as one demo staff member: for the office browser tests to make and check their own data. */
export class OfficeHttp {
  private constructor(private readonly token: string) {}

  static async login(username: string, password = 'demo1234'): Promise<OfficeHttp> {
    const res = await fetch(`${baseUrl()}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    return new OfficeHttp(((await res.json()) as { accessToken: string }).accessToken);
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer<T>> {
    const res = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // an HTML document (the control slip)
    }
    return { status: res.status, body: parsed as T };
  }

  get<T = any>(path: string): Promise<HttpAnswer<T>> {
    return this.request<T>('GET', path);
  }

  post<T = any>(path: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<HttpAnswer<T>> {
    return this.request<T>('POST', path, body, { 'idempotency-key': randomUUID(), ...headers });
  }
}

/** A land change (2.001458: decided by unit 869, head approval) for a fresh applicant, received at Tân Phước's desk. */
export async function receiveLandChange(clerk: OfficeHttp): Promise<{ dossierCode: string; appointmentAt: string }> {
  const n = randomInt(100_000, 999_999);
  const res = await clerk.post('/api/dossiers', {
    procedureCode: '2.001458',
    channel: 'counter',
    resultDelivery: 'desk',
    applicant: {
      fullName: `Trần Văn Phòng ${n}`,
      idNumber: `087190${n}`,
      phone: `0912${String(n).slice(0, 6)}`,
      email: `office-${n}@example.vn`,
      address: 'Ấp Phước Tiên, xã Tân Phước, huyện Tân Hồng',
    },
    documents: [
      { code: 'don-dang-ky-bien-dong', present: true },
      { code: 'hop-dong', present: true },
      { code: 'giay-chung-nhan', present: true },
    ],
  });
  if (res.status !== 201) throw new Error(`POST /api/dossiers: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface OfficeTransfer {
  transferId: string;
  dossierCode: string;
  status: string;
  version: number;
  dueAt: string;
  delayed: boolean;
  resultRef: string | null;
  assignedTo: string | null;
  timeliness: string;
  receivedAt: string | null;
  appointmentAt: string | null;
  procedureName: string | null;
  receivingUnitName: string | null;
  officeName: string | null;
  delay: { reason: string; declaredAt: string; declaredBy: string | null; previousAppointmentAt: string | null; newAppointmentAt: string } | null;
}

/** The transfer of a dossier in the office's inbox, as the office sees it now (undefined until it arrives). */
export async function officeTransfer(office: OfficeHttp, dossierCode: string): Promise<OfficeTransfer | undefined> {
  const res = await office.get<{ items: OfficeTransfer[]; total: number }>(`/api/office/inbox?dossierCode=${encodeURIComponent(dossierCode)}`);
  if (res.status !== 200) throw new Error(`GET /api/office/inbox: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.items.find((t) => t.dossierCode === dossierCode);
}

/** One transfer by id (GET /api/transfers/:id). */
export async function transferById(office: OfficeHttp, transferId: string): Promise<OfficeTransfer> {
  const res = await office.get<OfficeTransfer>(`/api/transfers/${transferId}`);
  if (res.status !== 200) throw new Error(`GET /api/transfers/${transferId}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Waits until the relayed dossier reaches the office's inbox (routing and relay work asynchronously). */
export async function waitForTransfer(office: OfficeHttp, dossierCode: string, timeoutMs = 30_000): Promise<OfficeTransfer> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await officeTransfer(office, dossierCode);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${dossierCode} did not reach the office's inbox within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
