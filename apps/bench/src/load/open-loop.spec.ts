import { runClosedLoop, runOpenLoop } from './open-loop';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runOpenLoop', () => {
  it('sends rate × duration requests, evenly, whatever the answers', async () => {
    const starts: number[] = [];
    const r = await runOpenLoop({
      rate: 200,
      durationMs: 500,
      maxInFlight: 100,
      task: async (i) => {
        starts.push(performance.now());
        await sleep(5);
        return i % 10 === 0 ? { outcome: 'rejected', reason: '503' } : { outcome: 'ok' };
      },
    });
    expect(r.sent).toBe(100);
    expect({ ok: r.ok, rejected: r.rejected, errors: r.errors, unsent: r.unsent }).toEqual({ ok: 90, rejected: 10, errors: 0, unsent: 0 });
    expect(r.failures).toEqual({ '503': 10 });
    expect(starts[starts.length - 1] - starts[0]).toBeGreaterThan(400);
  });

  it('counts the wait of a stalled system as latency (no coordinated omission)', async () => {
    const r = await runOpenLoop({
      rate: 100,
      durationMs: 300,
      maxInFlight: 1, // one at a time: each request waits for the previous one
      task: async () => {
        await sleep(20);
        return { outcome: 'ok' };
      },
    });
    // 30 requests due within 300 ms, served at 50/s: the last ones waited far longer than their 20 ms of service.
    expect(r.latency.percentile(100)!).toBeGreaterThan(200);
  });
});

describe('runClosedLoop', () => {
  it('keeps `concurrency` requests going until the time is up', async () => {
    let inFlight = 0;
    let most = 0;
    const r = await runClosedLoop({
      concurrency: 4,
      durationMs: 200,
      task: async () => {
        most = Math.max(most, ++inFlight);
        await sleep(10);
        inFlight--;
        return { outcome: 'ok' };
      },
    });
    expect(most).toBe(4);
    expect(r.ok).toBeGreaterThan(40);
    expect(r.okPerSec).toBeGreaterThan(100);
  });
});
