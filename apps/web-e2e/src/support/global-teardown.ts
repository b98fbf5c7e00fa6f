import libsTestingTeardown from '../../../../libs/testing/src/jest/global-teardown';
import type { SystemUnderTest } from '../../../../libs/testing/src/system/system-under-test';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __webSystem?: SystemUnderTest }).__webSystem?.stop();
  await libsTestingTeardown();
}
