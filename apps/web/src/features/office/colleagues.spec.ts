import { assigneeLabel, assigneeOptions, namesById } from './colleagues';

const t = (key: string, o?: Record<string, unknown>) => `${key}${o ? JSON.stringify(o) : ''}`;
const me = { id: 'u-me', displayName: 'Lê Văn Trưởng' };
const colleagues = [
  { id: 'u-2', displayName: 'Trần Thị Bình' },
  { id: 'u-me', displayName: 'Lê Văn Trưởng' },
  { id: 'u-1', displayName: 'Nguyễn Văn An' },
];

describe('the office’s colleagues', () => {
  it('names who holds a transfer: nobody, me, a colleague, else the account id', () => {
    const names = namesById(colleagues);
    expect(assigneeLabel(null, me, names, t)).toBe('assignee.nobody');
    expect(assigneeLabel('u-me', me, names, t)).toBe('assignee.me{"name":"Lê Văn Trưởng"}');
    expect(assigneeLabel('u-2', me, names, t)).toBe('Trần Thị Bình');
    expect(assigneeLabel('u-gone', me, names, t)).toBe('assignee.other{"id":"u-gone"}');
  });

  it('offers the head every other colleague, in Vietnamese alphabetical order', () => {
    expect(assigneeOptions(colleagues, 'u-me')).toEqual([
      { value: 'u-1', label: 'Nguyễn Văn An' },
      { value: 'u-2', label: 'Trần Thị Bình' },
    ]);
    expect(assigneeOptions([], 'u-me')).toEqual([]);
  });
});
