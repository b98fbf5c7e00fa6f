import type { TransferStatus, TransferView } from './types';

/** What the office may do to a transfer: relay's rules (apps/relay/src/*: each use case's `from` states and side). */
export type OfficeAction = 'acknowledge' | 'assign' | 'resolve' | 'request-supplement' | 'refuse' | 'delay' | 'approve';

const FROM: Record<OfficeAction, readonly TransferStatus[]> = {
  acknowledge: ['sent'],
  assign: ['sent', 'acknowledged'],
  resolve: ['acknowledged'],
  'request-supplement': ['acknowledged'],
  refuse: ['acknowledged', 'awaiting-approval'],
  delay: ['sent', 'acknowledged', 'awaiting-approval'],
  approve: ['awaiting-approval'],
};

const ORDER: readonly OfficeAction[] = ['acknowledge', 'approve', 'resolve', 'assign', 'request-supplement', 'delay', 'refuse'];

/**
 * The actions to offer, in the order a handler needs them. Auditors read only; only the head approves; a form 04
 * apology is possible once. The gateway still decides (and a stale screen gets its 409).
 */
export function availableActions(t: Pick<TransferView, 'status' | 'delayed'>, roles: readonly string[]): OfficeAction[] {
  const office = roles.includes('office-handler') || roles.includes('office-head');
  if (!office) return [];
  const head = roles.includes('office-head');
  return ORDER.filter((action) => {
    if (!FROM[action].includes(t.status)) return false;
    if (action === 'approve') return head;
    if (action === 'delay') return !t.delayed;
    return true;
  });
}

/** A handler assigns only to themselves; the head to anyone. */
export function mayAssignOthers(roles: readonly string[]): boolean {
  return roles.includes('office-head');
}
