import { ApiError } from './api-error';
import { loadSession, saveSession, type SessionTokens, type StoredSession } from './session-store';

export interface RequestOptions {
  /** Sent as Idempotency-Key: a retried submit after a lost answer does not create a second dossier. */
  idempotencyKey?: string;
  /** Sent as If-Match (optimistic concurrency on office steps). */
  ifMatch?: string | number;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
}

type Listener = (session: StoredSession | undefined) => void;

/**
 * The gateway over fetch: bearer token, one transparent refresh on 401 (the refresh token is single-use, so
 * concurrent 401s share one refresh), errors as ApiError. Network failures are ApiError status 0.
 */
export class ApiClient {
  private session = loadSession();
  private refreshing?: Promise<boolean>;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly base = '') {}

  current(): StoredSession | undefined {
    return this.session;
  }

  onSessionChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async login(username: string, password: string): Promise<StoredSession> {
    const session = await this.send<StoredSession>('POST', '/api/auth/login', { username, password }, {}, false);
    this.setSession(session);
    return session;
  }

  async logout(): Promise<void> {
    try {
      if (this.session) await this.send('POST', '/api/auth/logout', undefined, {}, true, 'json', false);
    } finally {
      this.setSession(undefined);
    }
  }

  get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.send<T>('GET', path, undefined, options, true);
  }

  post<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.send<T>('POST', path, body ?? {}, options, true);
  }

  put<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.send<T>('PUT', path, body ?? {}, options, true);
  }

  patch<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.send<T>('PATCH', path, body ?? {}, options, true);
  }

  /** A printable document (forms 01–05, the register) as HTML text, fetched with the session's token. */
  text(path: string, options: RequestOptions = {}): Promise<string> {
    return this.send<string>('GET', path, undefined, options, true, 'text');
  }

  private setSession(session: StoredSession | undefined): void {
    this.session = session;
    saveSession(session);
    for (const l of this.listeners) l(session);
  }

  private async refresh(): Promise<boolean> {
    const current = this.session;
    if (!current) return false;
    this.refreshing ??= (async () => {
      try {
        const tokens = await this.send<SessionTokens>('POST', '/api/auth/refresh', { refreshToken: current.refreshToken }, {}, false);
        this.setSession({ ...current, ...tokens });
        return true;
      } catch {
        this.setSession(undefined);
        return false;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  private async send<T>(
    method: string,
    path: string,
    body: unknown,
    options: RequestOptions,
    authenticated: boolean,
    as: 'json' | 'text' = 'json',
    mayRefresh = true,
  ): Promise<T> {
    const url = new URL(this.base + path, window.location.origin);
    for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { Accept: as === 'json' ? 'application/json' : 'text/html' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    if (options.ifMatch !== undefined) headers['If-Match'] = String(options.ifMatch);
    if (authenticated && this.session) headers.Authorization = `Bearer ${this.session.accessToken}`;

    let res: Response;
    try {
      res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: options.signal });
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      throw new ApiError(0, 'network', 'Không kết nối được máy chủ; kiểm tra mạng rồi thử lại');
    }
    if (res.status === 401 && authenticated && mayRefresh && this.session && (await this.refresh())) {
      return this.send<T>(method, path, body, options, true, as, false);
    }
    const text = await res.text();
    if (!res.ok) {
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: a proxy's page; ApiError.fromBody copes
      }
      throw ApiError.fromBody(res.status, parsed);
    }
    if (as === 'text') return text as T;
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

export const api = new ApiClient();
