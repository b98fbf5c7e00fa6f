import http from 'node:http';

export interface HttpResult {
  /** 0 when no response came (connection refused, reset, timeout). */
  status: number;
  body: any;
  /** Why there was no response. */
  error?: string;
}

export interface HttpClientOptions {
  /** Sockets kept open to the gateway; requests beyond wait in the agent's queue (counted in their latency). */
  maxSockets?: number;
  timeoutMs?: number;
}

/**
 * JSON over HTTP/1.1 with keep-alive (node:http, cheaper per request than fetch on a 2-core machine where the
 * generator shares the CPU with the system it measures). One client per base URL; `as(token)` speaks as one user.
 */
export class HttpClient {
  private readonly agent: http.Agent;
  private readonly url: URL;
  private readonly timeoutMs: number;

  constructor(baseUrl: string, opts: HttpClientOptions = {}) {
    this.url = new URL(baseUrl);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: opts.maxSockets ?? 64, maxFreeSockets: opts.maxSockets ?? 64 });
    this.timeoutMs = opts.timeoutMs ?? 15_000;
  }

  request(method: string, path: string, opts: { body?: unknown; headers?: Record<string, string>; token?: string } = {}): Promise<HttpResult> {
    const payload = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body));
    const headers: Record<string, string | number> = { accept: 'application/json', ...opts.headers };
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = payload.length;
    }
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    return new Promise((resolve) => {
      const req = http.request(
        { host: this.url.hostname, port: this.url.port, method, path, headers, agent: this.agent, timeout: this.timeoutMs },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = text;
            try {
              body = text ? JSON.parse(text) : undefined;
            } catch {
              // keep the text
            }
            resolve({ status: res.statusCode ?? 0, body });
          });
          res.on('error', (err) => resolve({ status: 0, body: undefined, error: err.message }));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timeout after ${this.timeoutMs} ms`)));
      req.on('error', (err) => resolve({ status: 0, body: undefined, error: err.message }));
      if (payload) req.write(payload);
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** A staff member's session: logs in again when the token is refused (gateway restarted without AUTH_SECRET, expiry). */
export class StaffSession {
  private token?: string;

  constructor(
    readonly http: HttpClient,
    readonly username: string,
    private readonly password = 'demo1234',
  ) {}

  async login(): Promise<this> {
    const res = await this.http.request('POST', '/api/auth/login', { body: { username: this.username, password: this.password } });
    if (res.status !== 200) throw new Error(`login ${this.username}: ${res.status} ${res.error ?? JSON.stringify(res.body)}`);
    this.token = res.body.accessToken;
    return this;
  }

  async request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<HttpResult> {
    if (!this.token) await this.login().catch(() => undefined);
    const res = await this.http.request(method, path, { body, headers, token: this.token });
    if (res.status === 401) {
      await this.login().catch(() => undefined);
      return this.http.request(method, path, { body, headers, token: this.token });
    }
    return res;
  }

  get(path: string): Promise<HttpResult> {
    return this.request('GET', path);
  }

  post(path: string, body: unknown, idempotencyKey: string): Promise<HttpResult> {
    return this.request('POST', path, body, { 'idempotency-key': idempotencyKey });
  }
}
