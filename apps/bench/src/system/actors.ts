import { randomBytes, randomUUID } from 'node:crypto';
import type { HttpResult, StaffSession } from '../load/http-client';

/** A procedure received at a desk, with the documents that make its dossier complete. */
export interface Procedure {
  code: string;
  documents: string[];
}

/**
 * Procedures that Tân Phước commune's desk (clerk.tanphuoc) receives and unit 869 (handler.tanhong) decides, best
 * first: land changes go to the land registration branch (two-tier local government, since July 2025); household
 * business registration went to Tân Hồng district (three-tier). `chooseRelayedProcedure` keeps the first one the
 * running system actually relays to 869.
 */
export const RELAYED_CANDIDATES: readonly Procedure[] = [
  { code: '2.001458', documents: ['don-dang-ky-bien-dong', 'hop-dong', 'giay-chung-nhan'] },
  { code: '1.001612', documents: ['giay-de-nghi', 'giay-to-phap-ly'] },
];

export interface NewDossier {
  key: string;
  body: unknown;
  /** Second factor of the public lookup: last 4 digits of the applicant's phone. */
  phoneLast4: string;
}

const digits = (n: number): string => {
  let out = '';
  const bytes = randomBytes(n);
  for (let i = 0; i < n; i++) out += String(bytes[i] % 10);
  return out;
};

/** A complete dossier with a fresh idempotency key and its own applicant (phone and ID number vary). */
export function newDossier(procedure: Procedure): NewDossier {
  const phone = `09${digits(8)}`;
  return {
    key: randomUUID(),
    phoneLast4: phone.slice(-4),
    body: {
      procedureCode: procedure.code,
      channel: 'counter',
      resultDelivery: 'desk',
      applicant: {
        fullName: 'Nguyễn Thị Hồng',
        idNumber: `0871900${digits(5)}`,
        phone,
        email: `cd${digits(6)}@example.vn`,
        address: 'Ấp Phước Tiên, xã Tân Phước, huyện Tân Hồng',
      },
      documents: procedure.documents.map((code) => ({ code, present: true })),
    },
  };
}

/**
 * Submits one dossier of each candidate until one lands in the district office's inbox: the procedure the load
 * uses (the catalogue and the routing rules change under us). Returns it with the probe dossiers accepted.
 */
export async function chooseRelayedProcedure(clerk: StaffSession, handler: StaffSession, timeoutMs = 20_000): Promise<{ procedure: Procedure; probes: Accepted[]; tried: string[] }> {
  const tried: string[] = [];
  const probes: Accepted[] = [];
  for (const procedure of RELAYED_CANDIDATES) {
    const d = newDossier(procedure);
    const r = await submitUntilAccepted(clerk, d, performance.now() + timeoutMs);
    if (!r.accepted) {
      tried.push(`${procedure.code}: ${r.refused ?? r.gaveUp}`);
      continue;
    }
    probes.push(r.accepted);
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      const inbox = await handler.get('/api/office/inbox?pageSize=200');
      if (inbox.status === 200 && (inbox.body?.items ?? []).some((t: { dossierCode: string }) => t.dossierCode === r.accepted!.code)) {
        return { procedure, probes, tried };
      }
      await sleep(250);
    }
    tried.push(`${procedure.code}: accepted, but not in ${handler.username}'s inbox within ${timeoutMs / 1000} s (routed elsewhere?)`);
  }
  throw new Error(`no procedure relays from the commune desk to the district office: ${tried.join('; ')}`);
}

/** Statuses at which a request is worth repeating with the same idempotency key (the system was down or busy). */
export function isTransient(res: HttpResult): boolean {
  return res.status === 0 || res.status === 429 || res.status >= 500;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface Accepted {
  key: string;
  code: string;
  phoneLast4: string;
  /** performance.now() when the 201 arrived. */
  at: number;
  attempts: number;
}

/**
 * Submits one dossier and, when the system does not answer or answers 5xx, submits it again with the same
 * idempotency key until `deadline` (what a desk application must do for exactly-once). A 4xx is final.
 */
export async function submitUntilAccepted(
  clerk: StaffSession,
  dossier: NewDossier,
  deadline: number,
): Promise<{ accepted?: Accepted; refused?: string; gaveUp?: string }> {
  let attempts = 0;
  let delay = 100;
  let last = '';
  while (performance.now() < deadline) {
    attempts++;
    const res = await clerk.post('/api/dossiers', dossier.body, dossier.key);
    if (res.status === 201) {
      return { accepted: { key: dossier.key, code: res.body.dossierCode, phoneLast4: dossier.phoneLast4, at: performance.now(), attempts } };
    }
    if (!isTransient(res)) return { refused: `${res.status} ${JSON.stringify(res.body).slice(0, 200)}` };
    last = res.status ? `${res.status} ${res.body?.code ?? ''}`.trim() : (res.error ?? 'no answer');
    await sleep(delay);
    delay = Math.min(delay * 2, 2000);
  }
  return { gaveUp: `no 201 after ${attempts} attempts (last: ${last})` };
}

export interface BotStats {
  done: number;
  failures: Record<string, number>;
}

export interface OfficeBotOptions {
  handler: StaffSession;
  /** Approves when the procedure needs the office head's approval. */
  head?: StaffSession;
  /** Transfers handled at once. */
  concurrency: number;
  /** Called when a transfer was resolved (status code 200 of the resolve), with the dossier code. */
  onResolved?: (dossierCode: string, at: number) => void;
  log?: (m: string) => void;
}

interface TransferItem {
  transferId: string;
  dossierCode: string;
  status: string;
  version?: number;
}

/**
 * The district office, as a loop: takes what its inbox lists (`sent`, then anything left `acknowledged` or
 * awaiting approval), acknowledges and resolves it, each action with an idempotency key derived from the transfer
 * so a repeated action is the same action. Never gives up on a transfer while it runs; stops when told.
 */
export class OfficeBot {
  readonly stats: BotStats = { done: 0, failures: {} };
  private readonly busy = new Set<string>();
  /** Resolved by us: an inbox page read just before our commit may list them once more. */
  private readonly finished = new Set<string>();
  private stopping = false;
  private loop?: Promise<void>;
  private readonly work = new Set<Promise<void>>();

  constructor(private readonly opts: OfficeBotOptions) {}

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
    await Promise.allSettled([...this.work]);
  }

  private async run(): Promise<void> {
    const statuses = ['sent', 'acknowledged', 'awaiting-approval'];
    let round = 0;
    while (!this.stopping) {
      // Mostly new work; every few rounds, what an interrupted run left half-done.
      const status = round++ % 5 === 0 ? statuses[(round / 5) % statuses.length | 0] : 'sent';
      const res = await this.opts.handler.get(`/api/office/inbox?status=${status}&pageSize=200`);
      let queued = 0;
      if (res.status === 200 && Array.isArray(res.body?.items)) {
        for (const t of res.body.items as TransferItem[]) {
          if (this.busy.has(t.transferId) || this.finished.has(t.transferId)) continue;
          while (this.busy.size >= this.opts.concurrency && !this.stopping) await sleep(5);
          if (this.stopping) break;
          this.busy.add(t.transferId);
          queued++;
          const p = this.process(t).finally(() => {
            this.busy.delete(t.transferId);
            this.work.delete(p);
          });
          this.work.add(p);
        }
      } else if (res.status !== 200) {
        this.fail(`inbox ${res.status || res.error}`);
      }
      if (queued === 0) await sleep(status === 'sent' ? 100 : 20);
    }
  }

  private fail(reason: string): void {
    this.stats.failures[reason] = (this.stats.failures[reason] ?? 0) + 1;
  }

  /** Repeats an action while the system is down or busy; resolves with the final answer. */
  private async act(session: StaffSession, path: string, body: unknown, key: string): Promise<HttpResult> {
    let delay = 100;
    for (;;) {
      const res = await session.post(path, body, key);
      if (!isTransient(res) || this.stopping) return res;
      this.fail(`${path.split('/').pop()} ${res.status || res.error}`);
      await sleep(delay);
      delay = Math.min(delay * 2, 2000);
    }
  }

  private async process(t: TransferItem): Promise<void> {
    const base = `/api/transfers/${t.transferId}`;
    let status = t.status;
    if (status === 'sent') {
      const ack = await this.act(this.opts.handler, `${base}/acknowledge`, {}, `ack-${t.transferId}`);
      if (ack.status === 200 || ack.status === 201) status = ack.body?.status ?? 'acknowledged';
      else if (ack.status === 409) status = 'acknowledged'; // acknowledged earlier (another key): go on
      else return this.fail(`acknowledge ${ack.status}`);
    }
    if (status === 'acknowledged') {
      const body = { resultRef: `KQ-${t.dossierCode}`, summary: 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh' };
      const res = await this.act(this.opts.handler, `${base}/resolve`, body, `resolve-${t.transferId}`);
      if (res.status === 200 || res.status === 201) status = res.body?.status ?? 'resolved';
      else if (res.status === 409) return; // resolved earlier, or not acknowledged yet: the next round sees
      else return this.fail(`resolve ${res.status}`);
    }
    if (status === 'awaiting-approval') {
      if (!this.opts.head) return this.fail('awaiting approval, no head');
      const res = await this.act(this.opts.head, `${base}/approve`, {}, `approve-${t.transferId}`);
      if (res.status === 200 || res.status === 201) status = res.body?.status ?? 'resolved';
      else if (res.status !== 409) return this.fail(`approve ${res.status}`);
    }
    if (status === 'resolved') {
      this.finished.add(t.transferId);
      this.stats.done++;
      this.opts.onResolved?.(t.dossierCode, performance.now());
    }
  }
}

export interface DeskBotOptions {
  clerk: StaffSession;
  concurrency: number;
  onHandedOver?: (dossierCode: string, at: number) => void;
}

/** The commune desk, as a loop: hands over every result its inbox lists as ready, once per dossier. */
export class DeskBot {
  readonly stats: BotStats = { done: 0, failures: {} };
  private stopping = false;
  private loop?: Promise<void>;
  private readonly busy = new Set<string>();
  private readonly finished = new Set<string>();
  private readonly work = new Set<Promise<void>>();

  constructor(private readonly opts: DeskBotOptions) {}

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
    await Promise.allSettled([...this.work]);
  }

  private fail(reason: string): void {
    this.stats.failures[reason] = (this.stats.failures[reason] ?? 0) + 1;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const res = await this.opts.clerk.get('/api/desk/inbox?status=result-ready');
      let queued = 0;
      if (res.status === 200 && Array.isArray(res.body)) {
        for (const d of res.body as { dossierCode: string }[]) {
          if (this.busy.has(d.dossierCode) || this.finished.has(d.dossierCode)) continue;
          while (this.busy.size >= this.opts.concurrency && !this.stopping) await sleep(5);
          if (this.stopping) break;
          this.busy.add(d.dossierCode);
          queued++;
          const p = this.handOver(d.dossierCode).finally(() => {
            this.busy.delete(d.dossierCode);
            this.work.delete(p);
          });
          this.work.add(p);
        }
      } else {
        this.fail(`inbox ${res.status || res.error}`);
      }
      if (queued === 0) await sleep(100);
    }
  }

  private async handOver(code: string): Promise<void> {
    let delay = 100;
    for (;;) {
      const res = await this.opts.clerk.post(`/api/dossiers/${code}/hand-over`, { method: 'desk' }, `handover-${code}`);
      if (res.status === 200 || res.status === 201) {
        this.finished.add(code);
        this.stats.done++;
        this.opts.onHandedOver?.(code, performance.now());
        return;
      }
      if (res.status === 409) {
        this.finished.add(code); // handed over earlier
        return;
      }
      if (!isTransient(res) || this.stopping) return this.fail(`hand-over ${res.status}`);
      this.fail(`hand-over ${res.status || res.error}`);
      await sleep(delay);
      delay = Math.min(delay * 2, 2000);
    }
  }
}
