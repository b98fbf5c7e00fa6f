import type { ProcedureRecord, PublicProcedure, UnitLevel, UnitRecord } from '@motcua/contracts';

const DESK_BY_LEVEL: Record<UnitLevel, string> = {
  province: 'Trung tâm Phục vụ hành chính công cấp tỉnh',
  district: 'Bộ phận Một cửa cấp huyện',
  commune: 'Trung tâm Phục vụ hành chính công cấp xã',
  village: 'Trung tâm Phục vụ hành chính công cấp xã',
  agency: 'Trung tâm Phục vụ hành chính công cấp xã',
};

/** What a citizen reads before coming: documents, time, fees per channel and, in plain Vietnamese, where to go. */
export function toPublicProcedure(p: ProcedureRecord, desk?: UnitRecord): PublicProcedure {
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    timeLimit: p.timeLimit,
    documents: p.documents.map(({ name, form, count }) => ({ name, form, count })),
    fees: (p.fees ?? [{ channel: 'in-person' as const, amountVnd: p.feeVnd }]).map(({ channel, amountVnd }) => ({ channel, amountVnd })),
    whereToSubmit: whereToSubmit(p, desk),
  };
}

function whereToSubmit(p: ProcedureRecord, desk?: UnitRecord): string {
  const anywhere = p.receivableAnywhereInProvince ? ' (tiếp nhận không phụ thuộc địa giới hành chính trong tỉnh)' : '';
  if (desk) return `${desk.deskName}${anywhere}`;
  const levels = p.receivingLevels ?? ['commune'];
  const desks = [...new Set(levels.map((level) => DESK_BY_LEVEL[level]))].join(' hoặc ');
  const police = p.competentOffice === 'police' ? '; hoặc trụ sở Công an cấp xã' : '';
  return `${desks}${p.receivableAnywhereInProvince ? ' bất kỳ trong tỉnh' : ' nơi cư trú'}${police}`;
}

/** Lowercase without diacritics ("Đăng ký" → "dang ky"): citizens type both ways. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

/** Every word of the search in the name, or the code itself. */
export function matches(p: ProcedureRecord, search?: string, field?: string): boolean {
  if (field && fold(p.field) !== fold(field.trim())) return false;
  if (!search) return true;
  const words = fold(search).split(/\s+/).filter(Boolean);
  const name = fold(p.name);
  return p.code.includes(search.trim()) || (p.localCode ?? '').includes(search.trim()) || words.every((w) => name.includes(w));
}
