import type { FieldProblem } from '@motcua/contracts';

export interface Version {
  code: string;
  validFrom: string;
  validTo: string | null;
}

export interface VersionPlan<T extends Version> {
  inserts: T[];
  updates: T[];
  unchanged: number;
  /** Stored open-ended versions to close the day before a newer version starts. */
  closes: T[];
  /** Per-row problems (duplicates, rewriting a version in force, overlaps): a broken rule, nothing is written. */
  problems: FieldProblem[];
  /** Every version of every code once the plan is applied. */
  result: T[];
}

const dayBefore = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const keyOf = (v: Version): string => `${v.code}@${v.validFrom}`;
const label = (v: Version): string => `${v.code} từ ${v.validFrom.split('-').reverse().join('/')}`;

/** JSON with keys sorted at every depth and absent values dropped: equal content, equal text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    return `{${entries
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Content of a version without its end date: ending a version is allowed, rewriting one in force is not. */
function content<T extends Version>(version: T): string {
  return canonical({ ...version, validTo: undefined, upcoming: undefined });
}

/**
 * Merges imported versions into the stored ones by (code, validFrom). A version that has taken effect (validFrom ≤
 * today) keeps its content — what was decided on it stays explainable — and may only get an end date; a new version
 * closes the open-ended one before it; versions of one code never overlap. `row(i)` names the imported row.
 */
export function planVersions<T extends Version>(stored: T[], incoming: T[], today: string, row: (index: number) => string): VersionPlan<T> {
  const problems: FieldProblem[] = [];
  const byKey = new Map(stored.map((v) => [keyOf(v), v]));
  const seen = new Map<string, number>();
  const plan: VersionPlan<T> = { inserts: [], updates: [], unchanged: 0, closes: [], problems, result: [] };
  const final = new Map(byKey);
  const origin = new Map<string, number>();

  incoming.forEach((version, index) => {
    const key = keyOf(version);
    if (seen.has(key)) {
      problems.push({ field: `${row(index)}.validFrom`, reason: `trùng phiên bản ${label(version)} với ${row(seen.get(key)!)}` });
      return;
    }
    seen.set(key, index);
    origin.set(key, index);
    const existing = byKey.get(key);
    if (!existing) {
      plan.inserts.push(version);
    } else if (content(existing) === content(version) && existing.validTo === version.validTo) {
      plan.unchanged++;
    } else if (existing.validFrom <= today && content(existing) !== content(version)) {
      problems.push({
        field: row(index),
        reason: `phiên bản ${label(version)} đã có hiệu lực: không sửa nội dung, chỉ được đặt ngày hết hiệu lực; hãy nhập phiên bản mới từ một ngày sau`,
      });
      return;
    } else {
      plan.updates.push(version);
    }
    final.set(key, version);
  });

  // A new version supersedes the open-ended one of the same code that starts before it.
  for (const version of plan.inserts) {
    const open = [...final.values()].filter((v) => v.code === version.code && v.validTo === null && v.validFrom < version.validFrom);
    for (const previous of open) {
      const closed = { ...previous, validTo: dayBefore(version.validFrom) };
      final.set(keyOf(previous), closed);
      if (byKey.has(keyOf(previous)) && !origin.has(keyOf(previous))) plan.closes.push(closed);
      else if (origin.has(keyOf(previous))) replaceIn(plan, closed);
    }
  }

  // History that has applied stays as it was: a version in force ends today at the earliest.
  for (const [key, version] of final) {
    const before = byKey.get(key);
    if (!before || before.validFrom > today || before.validTo === version.validTo || (version.validTo ?? '9999-12-31') >= today) continue;
    // Ended by its own row, or closed by the row of the newer version that supersedes it.
    const cause = plan.inserts.find((v) => v.code === version.code && v.validFrom > before.validFrom);
    const index = origin.get(key) ?? (cause ? origin.get(keyOf(cause)) : undefined) ?? 0;
    problems.push({
      field: `${row(index)}.${origin.has(key) ? 'validTo' : 'validFrom'}`,
      reason: `phiên bản ${label(before)} đã áp dụng: chỉ kết thúc được từ ngày ${today.split('-').reverse().join('/')} trở đi, không sửa quá khứ`,
    });
  }

  const byCode = new Map<string, T[]>();
  for (const v of final.values()) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
  for (const versions of byCode.values()) {
    versions.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < versions.length; i++) {
      const [before, after] = [versions[i - 1], versions[i]];
      if (before.validTo === null || before.validTo >= after.validFrom) {
        const culprit = origin.get(keyOf(after)) ?? origin.get(keyOf(before));
        problems.push({
          field: culprit !== undefined ? `${row(culprit)}.validFrom` : row(0),
          reason: `phiên bản ${label(after)} chồng lên phiên bản ${label(before)}${before.validTo ? ` (đến ${before.validTo.split('-').reverse().join('/')})` : ''}`,
        });
      }
    }
  }
  plan.result = [...final.values()];
  return plan;
}

/** An imported version closed by a later imported version is written closed. */
function replaceIn<T extends Version>(plan: VersionPlan<T>, closed: T): void {
  for (const list of [plan.inserts, plan.updates]) {
    const index = list.findIndex((v) => keyOf(v) === keyOf(closed));
    if (index >= 0) list[index] = closed;
  }
}
