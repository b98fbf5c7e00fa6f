/** A small HTTP client for the gateway, speaking as one staff member. */
export class GatewayClient {
  constructor(
    private readonly baseUrl: string,
    private token?: string,
  ) {}

  async login(username: string, password = 'demo1234'): Promise<GatewayClient> {
    const res = await this.request('POST', '/api/auth/login', { username, password });
    if (res.status !== 200 && res.status !== 201) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return new GatewayClient(this.baseUrl, res.body.accessToken);
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* keep text */
    }
    return { status: res.status, body: parsed };
  }

  get(path: string) {
    return this.request('GET', path);
  }

  post(path: string, body: unknown, idempotencyKey?: string) {
    return this.request('POST', path, body, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {});
  }
}
