// A small HTTP server standing in for the SMS gateway and Zalo's ZNS API: records each request, answers as scripted.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProviderRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
  at: number;
}

export interface ScriptedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface HttpProvider {
  baseUrl: string;
  requests: ProviderRequest[];
  /** The next answers on a path, in order; once used up, `fallback(path, request)` answers. */
  script(path: string, ...answers: ScriptedAnswer[]): void;
  on(path: string): ProviderRequest[];
  close(): Promise<void>;
}

export async function startHttpProvider(fallback: (path: string, request: ProviderRequest) => ScriptedAnswer): Promise<HttpProvider> {
  const requests: ProviderRequest[] = [];
  const scripts = new Map<string, ScriptedAnswer[]>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: ProviderRequest = { path: req.url ?? '/', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'), at: Date.now() };
      requests.push(request);
      const answer = scripts.get(request.path)?.shift() ?? fallback(request.path, request);
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    script: (path, ...answers) => scripts.set(path, [...(scripts.get(path) ?? []), ...answers]),
    on: (path) => requests.filter((r) => r.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
