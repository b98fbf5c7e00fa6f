import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GatewayHarness } from './support/gateway-harness';

/** The gateway serves the built desk web app beside the API (apps/gateway/src/http/web-app). */
describe('the desk web app on the gateway', () => {
  let gw: GatewayHarness;
  const dist = mkdtempSync(path.join(tmpdir(), 'motcua-web-'));

  beforeAll(async () => {
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html lang="vi"><title>Một cửa</title><div id="root"></div></html>');
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('Một cửa '.repeat(500))})`);
    gw = await GatewayHarness.start({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await gw?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers a browser navigation to any app path with index.html, never cached, under the security headers', async () => {
    for (const p of ['/', '/login', '/desk/receive', '/office/inbox?x=1']) {
      const res = await gw.http().get(p).set('Accept', 'text/html,application/xhtml+xml');
      expect([p, res.status, res.headers['content-type']]).toEqual([p, 200, expect.stringContaining('text/html')]);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('serves hashed assets with a long cache and a 404 for a missing one', async () => {
    const asset = await gw.http().get('/assets/index-abc123.js');
    expect([asset.status, asset.headers['cache-control']]).toEqual([200, expect.stringContaining('immutable')]);
    expect((await gw.http().get('/assets/missing.js')).status).toBe(404);
  });

  it('sends the app gzipped to a browser that accepts it (a commune’s slow link), and plain to one that does not', async () => {
    const zipped = await gw.http().get('/assets/index-abc123.js').set('Accept-Encoding', 'gzip');
    expect([zipped.status, zipped.headers['content-encoding']]).toEqual([200, 'gzip']);
    expect(zipped.text).toContain('Một cửa Một cửa');
    const plain = await gw.http().get('/assets/index-abc123.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBeGreaterThan(4000);
  });

  it('leaves the API, its documentation and non-browser clients alone', async () => {
    const api = await gw.http().get('/api/no-such-endpoint').set('Accept', 'text/html');
    expect([api.status, api.body.code]).toEqual([404, 'not_found']);
    const json = await gw.http().get('/desk/receive').set('Accept', 'application/json');
    expect(json.status).toBe(404);
    const docs = await gw.http().get('/docs/').set('Accept', 'text/html');
    expect(docs.text).toContain('swagger-ui-init.js');
  });
});
