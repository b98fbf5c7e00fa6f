import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** A slow rural link: 400 kbit/s down, 150 kbit/s up, 150 ms latency. */
export const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (150 * 1000) / 8 };

/** Chromium's own throttling (CDP): a slow link and a CPU 4× slower than this machine's, as on a modest desk PC. */
export async function throttle(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

/** Cuts the link (requests fail as with a cable pulled) or brings the slow link back. */
export async function setOffline(cdp: CDPSession, offline: boolean): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', { ...SLOW_LINK, offline });
}

/**
 * Starts sampling, every 50 ms in the page, whether the screen shows progress (a spinner, aria-busy, a status) or
 * is usable (`ready` matches): `stopWatch` returns the longest stretch in which it showed neither — a blank or
 * frozen screen the clerk would stare at — and when it became usable.
 */
export async function startWatch(page: Page, ready: string): Promise<void> {
  await page.evaluate((selector) => {
    const w = globalThis as any;
    const started = w.performance.now();
    const samples: { t: number; progress: boolean; ready: boolean }[] = [];
    w.__watch = { started, samples };
    const sample = () => {
      const d = w.document;
      const isReady = !!d.querySelector(selector);
      samples.push({ t: w.performance.now() - started, progress: !!d.querySelector('.spinner, [aria-busy="true"], [role="status"], [role="progressbar"]'), ready: isReady });
      if (!isReady) w.setTimeout(sample, 50);
    };
    sample();
  }, ready);
}

export async function stopWatch(page: Page, ready: string, timeoutMs = 60_000): Promise<{ usableAfterMs: number; longestBlankMs: number }> {
  await page.waitForSelector(ready, { timeout: timeoutMs });
  return page.evaluate(() => {
    const { samples } = (globalThis as any).__watch as { samples: { t: number; progress: boolean; ready: boolean }[] };
    let longest = 0;
    let blankSince: number | undefined;
    for (const s of samples) {
      if (s.progress || s.ready) {
        if (blankSince !== undefined) longest = Math.max(longest, s.t - blankSince);
        blankSince = undefined;
      } else blankSince ??= s.t;
    }
    const usable = samples.find((s) => s.ready);
    return { usableAfterMs: Math.round(usable?.t ?? samples[samples.length - 1].t), longestBlankMs: Math.round(longest) };
  });
}

/** Bytes the page transferred so far (navigation and every resource), as the browser counts them. */
export async function bytesTransferred(page: Page): Promise<number> {
  return page.evaluate(() => {
    const perf = (globalThis as any).performance;
    return [...perf.getEntriesByType('navigation'), ...perf.getEntriesByType('resource')].reduce((sum: number, e: any) => sum + (e.transferSize ?? 0), 0);
  });
}
