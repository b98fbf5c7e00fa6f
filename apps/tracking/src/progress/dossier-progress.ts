/**
 * How far a dossier has got, in the order of the one-stop steps (DOMAIN.md §1.2). Events of different producers
 * arrive in any order, so the projection keeps the furthest status it has seen: a status only moves forward.
 */
export const PROGRESS_STATUSES = [
  'received',
  'routed',
  'transferred',
  'acknowledged',
  'resolved',
  'result-sent-back',
  'result-ready',
  'handed-over',
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export function statusRank(status: ProgressStatus): number {
  const rank = PROGRESS_STATUSES.indexOf(status);
  if (rank < 0) throw new RangeError(`unknown status ${String(status)}`);
  return rank + 1;
}

/** The further of two statuses: applying facts in any order ends on the same status. */
export function furtherStatus(current: ProgressStatus | undefined, next: ProgressStatus): ProgressStatus {
  return current !== undefined && statusRank(current) >= statusRank(next) ? current : next;
}

/** What the public lookup says, for a citizen: plain words, nothing internal. */
export const PUBLIC_STATUS_TEXT: Readonly<Record<ProgressStatus, string>> = {
  received: 'Hồ sơ đã được tiếp nhận.',
  routed: 'Hồ sơ đã được tiếp nhận và đang được chuyển đến cơ quan giải quyết.',
  transferred: 'Hồ sơ đã được chuyển đến cơ quan có thẩm quyền giải quyết.',
  acknowledged: 'Hồ sơ đang được cơ quan có thẩm quyền giải quyết.',
  resolved: 'Hồ sơ đã được giải quyết; kết quả đang được chuẩn bị để trả.',
  'result-sent-back': 'Kết quả đang được chuyển về nơi tiếp nhận hồ sơ.',
  'result-ready': 'Đã có kết quả. Mời ông/bà đến nhận kết quả.',
  'handed-over': 'Đã trả kết quả.',
};
