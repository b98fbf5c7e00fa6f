/* eslint-disable @nx/enforce-module-boundaries -- jest loads global setup/teardown without its moduleNameMapper, so
   the libs are imported by path (none of these files imports an alias itself). */
import { ensureWebBuilt } from '../../../../libs/devtools/src/web-build';
import libsTestingSetup from '../../../../libs/testing/src/jest/global-setup';
import { SystemUnderTest } from '../../../../libs/testing/src/system/system-under-test';
import { workspaceRoot } from '../../../../libs/testing/src/workspace';
import { chromiumPath } from './chromium';

/** Builds the web app if needed and starts one system for every browser spec (they share the demo seed). */
export default async function globalSetup(): Promise<void> {
  libsTestingSetup();
  chromiumPath(); // fail first, with the fix, if there is no browser
  // WEB_E2E_DIST_DIR: a private build directory for a run beside another one (they would empty each other's).
  const dist = ensureWebBuilt(workspaceRoot(), (m) => process.stdout.write(`[web-e2e] ${m}\n`), process.env.WEB_E2E_DIST_DIR);
  if (dist instanceof Error) throw dist;
  // Every clerk of every spec logs in from 127.0.0.1: the per-address limits are for the public internet.
  const sut = new SystemUnderTest({
    WEB_DIST_DIR: dist,
    LOGIN_ATTEMPTS_PER_MINUTE: '10000',
    PUBLIC_LOOKUP_PER_MINUTE: '10000',
    PUBLIC_CATALOGUE_PER_MINUTE: '10000',
  });
  await sut.start();
  (globalThis as { __webSystem?: SystemUnderTest }).__webSystem = sut;
  process.env.WEB_E2E_URL = sut.gatewayUrl;
}
