import { existsSync } from 'node:fs';

/** Debian's Chromium (or CHROMIUM_PATH): playwright-core drives it; nothing is downloaded. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`no Chromium found (tried ${candidates.join(', ')}): install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
  return found;
}
