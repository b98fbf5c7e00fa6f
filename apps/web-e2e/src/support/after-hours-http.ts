import { randomUUID } from 'node:crypto';
import { baseUrl } from './browser';

/** A staff member speaking to the gateway over HTTP from a browser test (setting up data, checking what was recorded). */
export class AfterHoursHttp {
  private constructor(private readonly token: string) {}

  static async login(username: string, password = 'demo1234'): Promise<AfterHoursHttp> {
    const res = await fetch(`${baseUrl()}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    const body = (await res.json()) as { accessToken: string };
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(body)}`);
    return new AfterHoursHttp(body.accessToken);
  }

  async request<T = any>(method: string, path: string, body?: unknown, idempotent = false): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (idempotent) headers['idempotency-key'] = `e2e-${randomUUID()}`;
    const res = await fetch(`${baseUrl()}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }
}

/** Vietnam's day and clock (UTC+7) now, and the weekday name the scheduling contracts use. */
export function vietnamNow(now = new Date()): { day: string; weekday: string; time: string } {
  const vn = new Date(now.getTime() + 7 * 3600_000);
  const weekday = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][vn.getUTCDay()];
  return { day: vn.toISOString().slice(0, 10), weekday, time: vn.toISOString().slice(11, 16) };
}

/** Waits until `check` holds (the gateway's replica of the schedules catches up within seconds). */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * An after-hours session of `unitCode` open all of today (Vietnam), created by an administrator over HTTP, so the
 * after-hours clerk may act whatever the hour the test runs at.
 */
export async function openSessionToday(admin: AfterHoursHttp, unitCode: string, name: string): Promise<{ id: string }> {
  const { day, weekday } = vietnamNow();
  const res = await admin.request<{ id: string }>(
    'POST',
    '/api/schedules/sessions',
    {
      unitCode,
      name,
      weekdays: [weekday],
      onDaysOff: true,
      start: '00:00',
      end: '24:00',
      validFrom: day,
      validTo: day,
      slotMinutes: 30,
      slotCapacity: 2,
      roster: [{ staffId: 'afterhours.sarai', duty: 'tiếp nhận và trả kết quả' }],
    },
    true,
  );
  if (res.status !== 201) throw new Error(`create session: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
