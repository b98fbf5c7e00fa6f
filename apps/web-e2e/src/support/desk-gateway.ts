import { randomInt, randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS } from '@motcua/devtools';
import { baseUrl } from './browser';

/** The gateway over HTTP, for the desk's browser tests to check what the system recorded (and to play the office). */
export class DeskGateway {
  private constructor(private readonly token: string) {}

  static async login(username: string): Promise<DeskGateway> {
    const account = DEMO_ACCOUNTS.find((a) => a.username === username);
    if (!account) throw new Error(`no demo account ${username}`);
    const res = await fetch(`${baseUrl()}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: account.password }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
    return new DeskGateway(((await res.json()) as { accessToken: string }).accessToken);
  }

  async call<T = any>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json', ...(method === 'GET' ? {} : { 'Idempotency-Key': randomUUID() }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // printable HTML
    }
    return { status: res.status, body: parsed as T };
  }
}

/** A unique applicant (valid personal ID: Đồng Tháp 087, woman born 1990), so tests never collide with other data. */
export function uniqueApplicant(label: string) {
  const serial = String(randomInt(0, 1_000_000)).padStart(6, '0');
  return {
    // names carry no digits: the serial spelled in letters keeps each test's applicant apart
    fullName: `Nguyễn Thị ${label} ${[...serial].map((d) => 'ABCDEGHIKL'[Number(d)]).join('')}`,
    idNumber: `087190${serial}`,
    birthYear: '1990',
    phone: `09${String(randomInt(0, 100_000_000)).padStart(8, '0')}`,
    address: `Ấp Phước Tiên, xã Tân Phước (${serial})`,
  };
}

/** Waits until `probe` returns a value (polls: the services talk to each other over NATS). */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 300));
  }
}
