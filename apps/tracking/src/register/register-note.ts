import type { EndKind, Timeliness } from '../dossier-facts/outcome';

/** What the register's notes column needs to know about a dossier. */
export interface RegisterLine {
  endKind: EndKind | null;
  endClass: Timeliness | null;
  /** The receipt's appointment, and the one in force (moved by a supplement). */
  appointmentAt: Date;
  dueAt: Date;
  pausedSince: Date | null;
  supplementRequests: number;
  delayedTo: Date | null;
  resolvedAt: Date | null;
  handedOverAt: Date | null;
}

const TIMELINESS_TEXT: Record<Timeliness, string> = { early: 'trước hạn', 'on-time': 'đúng hạn', late: 'quá hạn' };

/** dd/mm/yyyy, Vietnam time. */
export function vietnamDate(instant: Date): string {
  const [y, m, d] = new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** The register's "Ghi chú" column, in plain Vietnamese. */
export function registerNote(line: RegisterLine, now: Date): string {
  const parts: string[] = [];
  if (line.endKind === 'resolved') {
    parts.push(`Giải quyết ${TIMELINESS_TEXT[line.endClass ?? 'on-time']}`);
    if (line.resolvedAt && !line.handedOverAt) parts.push('chưa trả kết quả');
  } else if (line.endKind === 'refused') parts.push('Từ chối giải quyết');
  else if (line.endKind === 'withdrawn') parts.push('Công dân rút hồ sơ');
  else if (line.pausedSince) parts.push('Chờ công dân bổ sung hồ sơ');
  else parts.push(now > line.dueAt ? 'Đang giải quyết, đã quá hạn' : 'Đang giải quyết');
  if (line.supplementRequests > 0) parts.push(`yêu cầu bổ sung ${line.supplementRequests} lần`);
  if (line.dueAt.getTime() !== line.appointmentAt.getTime()) parts.push(`hẹn trả mới ${vietnamDate(line.dueAt)}`);
  if (line.delayedTo) parts.push(`đã xin lỗi, hẹn lại ${vietnamDate(line.delayedTo)}`);
  return parts.join('; ');
}
