import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths the web app never owns: the API, its documentation and the health checks answer as before. */
const NOT_THE_APP = /^\/(api|docs|health)(\/|$)/;

/**
 * Serves the built desk web app (apps/web/dist) from the gateway, so staff open one address and the app calls
 * the API on its own origin (no CORS). Hashed assets are cached for a year; index.html never, so a new release
 * reaches every desk on the next page load. A browser navigation to any other path gets index.html (the app
 * routes on the client); API clients asking for JSON still get the gateway's 404.
 */
export function serveWebApp(app: NestExpressApplication, dir: string): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(path.join(dir, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', index: false, fallthrough: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const wantsPage = (req.method === 'GET' || req.method === 'HEAD') && (req.headers.accept ?? '').includes('text/html');
    if (!wantsPage || NOT_THE_APP.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
