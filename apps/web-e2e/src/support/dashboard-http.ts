// The dashboard browser tests' HTTP side: demo staff over the gateway, to make data (dossiers, a resolution, an
// outreach campaign) and to read the figures the screen must show.
import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS } from '@motcua/devtools';
import { baseUrl } from './browser';

export interface HttpAnswer {
  status: number;
  body: any;
}

export class StaffHttp {
  private constructor(private readonly token: string) {}

  static async login(username: string): Promise<StaffHttp> {
    const account = DEMO_ACCOUNTS.find((a) => a.username === username);
    if (!account) throw new Error(`no demo account ${username}`);
    const res = await fetch(`${baseUrl()}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: account.password }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    return new StaffHttp(((await res.json()) as { accessToken: string }).accessToken);
  }

  get(path: string, query: Record<string, string | undefined> = {}): Promise<HttpAnswer> {
    const url = new URL(path, baseUrl());
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, v);
    return this.send('GET', url.toString());
  }

  post(path: string, body: unknown): Promise<HttpAnswer> {
    return this.send('POST', new URL(path, baseUrl()).toString(), body);
  }

  private async send(method: string, url: string, body?: unknown): Promise<HttpAnswer> {
    const res = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json', 'idempotency-key': randomUUID() }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }
}

/** Polls until `accept` holds (statistics are counted from events: eventually consistent). */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms; last: ${JSON.stringify(last).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 250));
    last = await probe();
  }
  return last;
}

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

/**
 * A land change (2.001458) received at Tân Phước's desk, decided by the land registration branch 869 (see
 * apps/e2e/src/relayed-dossier.e2e-spec.ts); a unique applicant each time.
 */
export async function receiveLandChange(clerk: StaffHttp, channel: 'counter' | 'online' | 'post', name: string): Promise<string> {
  const res = await clerk.post('/api/dossiers', {
    procedureCode: '2.001458',
    channel,
    resultDelivery: 'desk',
    applicant: { fullName: name, idNumber: `087190${digits(6)}`, phone: `09${digits(8)}`, address: 'Ấp Phước Tiên, xã Tân Phước' },
    documents: [
      { code: 'don-dang-ky-bien-dong', present: true },
      { code: 'hop-dong', present: true },
      { code: 'giay-chung-nhan', present: true },
    ],
  });
  if (res.status !== 201) throw new Error(`receive: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.dossierCode as string;
}

/** The office acknowledges and resolves the relayed dossier, its head approves: resolved early. */
export async function resolveAtOffice(handler: StaffHttp, head: StaffHttp, dossierCode: string): Promise<void> {
  const inbox = await eventually(
    () => handler.get('/api/office/inbox'),
    (r) => r.status === 200 && r.body.items.some((t: { dossierCode: string }) => t.dossierCode === dossierCode),
  );
  const transferId = inbox.body.items.find((t: { dossierCode: string }) => t.dossierCode === dossierCode).transferId as string;
  const steps: [StaffHttp, string, unknown][] = [
    [handler, 'acknowledge', {}],
    [handler, 'resolve', { resultRef: `BD-${digits(6)}`, summary: 'Xác nhận nội dung biến động trên Giấy chứng nhận' }],
    [head, 'approve', {}],
  ];
  for (const [who, step, body] of steps) {
    const res = await who.post(`/api/transfers/${transferId}/${step}`, body);
    if (res.status !== 200 && res.status !== 201) throw new Error(`${step}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** Counts and percentages as the Vietnamese screen writes them (an independent formatter, not the app's). */
export const viCount = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
export const viPercent = (v: number | null) => (v === null ? 'Chưa có' : `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(v)}%`);

/** The Vietnam day (UTC+7) and the default period of the dashboard (the last 6 months, to today). */
export function defaultPeriod(now = new Date()): { from: string; to: string; monthKey: string } {
  const to = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const y = Number(to.slice(0, 4));
  const m = Number(to.slice(5, 7));
  const from = new Date(Date.UTC(y, m - 1 - 5, 1)).toISOString().slice(0, 10);
  return { from, to, monthKey: to.slice(0, 7) };
}

/** This ISO week (Monday first) as the dashboard keys it (2026-W47), and its first day inside this month. */
export function currentWeek(now = new Date()): { key: string; from: string; to: string } {
  const to = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const day = new Date(`${to}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0
  const monday = new Date(day.getTime() - weekday * 86_400_000);
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  const mondayDay = monday.toISOString().slice(0, 10);
  const monthStart = `${to.slice(0, 7)}-01`;
  return { key: `${year}-W${String(week).padStart(2, '0')}`, from: mondayDay < monthStart ? monthStart : mondayDay, to };
}
