/* eslint-disable @nx/enforce-module-boundaries -- jest loads global setup/teardown without its moduleNameMapper, so
   the libs are imported by path (none of these files imports an alias itself). */
import libsTestingTeardown from '../../../../libs/testing/src/jest/global-teardown';
import type { SystemUnderTest } from '../../../../libs/testing/src/system/system-under-test';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __webSystem?: SystemUnderTest }).__webSystem?.stop();
  await libsTestingTeardown();
}
