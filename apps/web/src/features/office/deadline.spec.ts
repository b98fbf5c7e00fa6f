import { countByTone, deadlineColour, deadlineTone, remaining, sortByUrgency } from './deadline';
import type { TransferView } from './types';

const now = new Date('2026-03-04T03:00:00.000Z'); // 10:00 in Vietnam, a Wednesday
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();
const row = (over: Partial<TransferView> & { id?: string }): Pick<TransferView, 'status' | 'dueAt' | 'timeliness'> & { id: string } => ({
  id: 'x',
  status: 'acknowledged',
  dueAt: hours(72),
  timeliness: 'not-yet-due',
  ...over,
});

describe('deadline colours', () => {
  it('follows relay’s classification of open transfers: late red, near-late amber, not yet due green', () => {
    expect(deadlineColour(deadlineTone(row({ timeliness: 'late', dueAt: hours(-5) }), now))).toBe('late');
    expect(deadlineColour(deadlineTone(row({ timeliness: 'near-late', dueAt: hours(30) }), now))).toBe('near');
    expect(deadlineColour(deadlineTone(row({ timeliness: 'not-yet-due', dueAt: hours(72) }), now))).toBe('ok');
    for (const status of ['sent', 'acknowledged', 'awaiting-approval'] as const) {
      expect(deadlineTone(row({ status, timeliness: 'near-late', dueAt: hours(30) }), now)).toBe('near');
    }
  });

  it('counts a transfer relay found late as late even if its deadline moved later (a second supplement request)', () => {
    expect(deadlineTone(row({ timeliness: 'late', dueAt: hours(100) }), now)).toBe('late');
  });

  it('moves an old answer on when the clock passes a line: past the deadline is late, within a day is near', () => {
    expect(deadlineTone(row({ timeliness: 'not-yet-due', dueAt: hours(-0.1) }), now)).toBe('late');
    expect(deadlineTone(row({ timeliness: 'near-late', dueAt: hours(0) }), now)).toBe('late');
    expect(deadlineTone(row({ timeliness: 'not-yet-due', dueAt: hours(23) }), now)).toBe('near');
    expect(deadlineTone(row({ timeliness: 'not-yet-due', dueAt: hours(25) }), now)).toBe('on-time');
  });

  it('runs no clock for a supplement request or a withdrawn dossier, whatever the deadline', () => {
    expect(deadlineColour(deadlineTone(row({ status: 'awaiting-supplement', dueAt: hours(-50) }), now))).toBe('neutral');
    expect(deadlineColour(deadlineTone(row({ status: 'withdrawn', dueAt: hours(-50), timeliness: 'late' }), now))).toBe('neutral');
  });

  it('colours a finished transfer by how it finished, not by today', () => {
    expect(deadlineTone(row({ status: 'resolved', timeliness: 'early', dueAt: hours(-100) }), now)).toBe('done-on-time');
    expect(deadlineTone(row({ status: 'resolved', timeliness: 'on-time', dueAt: hours(-100) }), now)).toBe('done-on-time');
    expect(deadlineTone(row({ status: 'refused', timeliness: 'late', dueAt: hours(100) }), now)).toBe('done-late');
    expect(deadlineColour('done-late')).toBe('late');
    expect(deadlineColour('done-on-time')).toBe('ok');
  });
});

describe('inbox order', () => {
  it('puts the overdue first (most overdue at the top), then near, on time, paused, finished, withdrawn', () => {
    const items = [
      row({ id: 'done', status: 'resolved', timeliness: 'early', dueAt: hours(-300) }),
      row({ id: 'ok-later', dueAt: hours(200) }),
      row({ id: 'withdrawn', status: 'withdrawn', dueAt: hours(-400) }),
      row({ id: 'near', timeliness: 'near-late', dueAt: hours(20) }),
      row({ id: 'late-1h', timeliness: 'late', dueAt: hours(-1) }),
      row({ id: 'paused', status: 'awaiting-supplement', dueAt: hours(-10) }),
      row({ id: 'ok-sooner', dueAt: hours(50) }),
      row({ id: 'late-2d', timeliness: 'late', dueAt: hours(-48) }),
    ];
    expect(sortByUrgency(items, now).map((i) => i.id)).toEqual(['late-2d', 'late-1h', 'near', 'ok-sooner', 'ok-later', 'paused', 'done', 'withdrawn']);
  });

  it('keeps the server’s order between equal deadlines, and leaves its input alone', () => {
    const items = [row({ id: 'a' }), row({ id: 'b' }), row({ id: 'c', timeliness: 'late', dueAt: hours(-1) })];
    expect(sortByUrgency(items, now).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('counts each colour for the summary line', () => {
    const counts = countByTone([row({ timeliness: 'late', dueAt: hours(-1) }), row({ timeliness: 'late', dueAt: hours(-2) }), row({ timeliness: 'near-late', dueAt: hours(5) }), row({})], now);
    expect([counts.late, counts.near, counts['on-time'], counts.paused]).toEqual([2, 1, 1, 0]);
  });
});

describe('time left', () => {
  it('says it in the largest whole unit, before and after the deadline', () => {
    expect(remaining(hours(50), now)).toEqual({ overdue: false, unit: 'day', count: 2 });
    expect(remaining(hours(5.5), now)).toEqual({ overdue: false, unit: 'hour', count: 5 });
    expect(remaining(hours(0.25), now)).toEqual({ overdue: false, unit: 'minute', count: 15 });
    expect(remaining(hours(-30), now)).toEqual({ overdue: true, unit: 'day', count: 1 });
    expect(remaining(hours(-2), now)).toEqual({ overdue: true, unit: 'hour', count: 2 });
    expect(remaining(hours(0), now)).toEqual({ overdue: true, unit: 'minute', count: 1 });
  });
});
