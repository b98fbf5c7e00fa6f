import { furtherStatus, PROGRESS_STATUSES, PUBLIC_STATUS_TEXT, statusRank, type ProgressStatus } from './dossier-progress';

describe('dossier progress', () => {
  it('ranks the steps in one-stop order', () => {
    const ranks = PROGRESS_STATUSES.map(statusRank);
    expect(ranks).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(statusRank('received')).toBeLessThan(statusRank('routed'));
    expect(statusRank('result-sent-back')).toBeLessThan(statusRank('result-ready'));
    expect(() => statusRank('lost' as ProgressStatus)).toThrow(RangeError);
  });

  it('only moves forward', () => {
    expect(furtherStatus(undefined, 'resolved')).toBe('resolved');
    expect(furtherStatus('acknowledged', 'resolved')).toBe('resolved');
    expect(furtherStatus('handed-over', 'received')).toBe('handed-over');
    expect(furtherStatus('routed', 'routed')).toBe('routed');
  });

  it('ends on the same status whatever order the facts arrive in', () => {
    const shuffled: ProgressStatus[] = ['result-ready', 'received', 'handed-over', 'routed', 'acknowledged', 'transferred'];
    const forward = [...shuffled].sort((a, b) => statusRank(a) - statusRank(b));
    const fold = (list: ProgressStatus[]) => list.reduce<ProgressStatus | undefined>(furtherStatus, undefined);
    expect(fold(shuffled)).toBe('handed-over');
    expect(fold(forward)).toBe('handed-over');
    expect(fold([...shuffled].reverse())).toBe('handed-over');
  });

  it('has a plain Vietnamese text for every status', () => {
    for (const status of PROGRESS_STATUSES) expect(PUBLIC_STATUS_TEXT[status]).toMatch(/[Đđạảãáàăâêôơưếềệốồộớờợứừựỉịíìọỏ]/);
  });
});
