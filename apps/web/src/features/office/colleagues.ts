import type { OfficeColleague } from './types';

type T = (key: string, o?: Record<string, unknown>) => string;

/** Who holds a transfer, as the office reads it: nobody, me, a colleague by name, else the account id. */
export function assigneeLabel(assignedTo: string | null, me: { id: string; displayName: string }, names: ReadonlyMap<string, string>, t: T): string {
  if (!assignedTo) return t('assignee.nobody');
  if (assignedTo === me.id) return t('assignee.me', { name: me.displayName });
  const name = names.get(assignedTo);
  return name ? name : t('assignee.other', { id: assignedTo });
}

export function namesById(colleagues: readonly OfficeColleague[]): Map<string, string> {
  return new Map(colleagues.map((c) => [c.id, c.displayName]));
}

/** The head's choices: every colleague but the head, by name (the head takes it on with "assign to me"). */
export function assigneeOptions(colleagues: readonly OfficeColleague[], myId: string): { value: string; label: string }[] {
  return colleagues
    .filter((c) => c.id !== myId)
    .map((c) => ({ value: c.id, label: c.displayName }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}
