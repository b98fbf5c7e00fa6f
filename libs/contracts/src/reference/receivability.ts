import type { Channel } from '../values/channels';
import type { OfficeKind, ProcedureRecord, UnitOffice, UnitRecord } from './reference-data';
import { ancestorAt, levelOf, unitOn, versionOn, vietnameseDate, type UnitSource } from './unit-tree';

export const REFUSAL_CODES = [
  'procedure_not_in_force',
  'unit_not_in_force',
  'not_a_desk',
  'desk_not_allowed',
  'outside_area',
  'no_competent_unit',
  'no_competent_office',
  'channel_not_allowed',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Why a desk may not take a dossier: a stable code, the input at fault, and a reason a clerk can read out. */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  field: 'procedureCode' | 'channel' | 'unitCode' | 'subjectUnitCode';
  reason: string;
}

/** Who decides the dossier and where it goes: the competent unit, and the addressee (its office with an inbox). */
export interface Competence {
  ok: true;
  /** The versions in force on the day. */
  procedure: ProcedureRecord;
  receiving: UnitRecord;
  competentUnit: UnitRecord;
  office?: UnitOffice;
  /** The unit whose inbox the dossier goes to: the competent unit, or its office that has its own inbox. */
  addressee: UnitRecord;
  mode: 'local' | 'relay';
}

export interface ReceiveOptions {
  channel?: Channel;
  /** The dossier's own commune (the applicant's residence, the land's location) when it is not the receiving one. */
  subjectUnitCode?: string;
}

const OFFICE_LABELS: Record<OfficeKind, string> = {
  'one-stop-desk': 'bộ phận một cửa',
  'people-committee': 'Ủy ban nhân dân',
  justice: 'bộ phận tư pháp – hộ tịch',
  economy: 'phòng kinh tế',
  construction: 'bộ phận quản lý xây dựng',
  'land-registration': 'văn phòng đăng ký đất đai',
  police: 'công an',
  'social-insurance': 'cơ quan bảo hiểm xã hội',
};

const CHANNEL_RULES: Partial<Record<Channel, { allowed: (p: ProcedureRecord) => boolean; label: string }>> = {
  'after-hours-counter': { allowed: (p) => p.afterHoursEligible !== false, label: 'quầy tiếp nhận ngoài giờ' },
  post: { allowed: (p) => p.postalEligible !== false, label: 'dịch vụ bưu chính công ích' },
  online: { allowed: (p) => p.onlineLevel !== 'none', label: 'dịch vụ công trực tuyến' },
};

const refuse = (code: RefusalCode, reason: string, field: Refusal['field'] = 'procedureCode'): Refusal => ({ ok: false, code, field, reason });

/** Whether a unit runs a one-stop desk: stated by its offices, else any unit but a village or an agency. */
export function runsDesk(unit: UnitRecord, units: UnitSource, day: string): boolean {
  if (unit.offices) return unit.offices.some((office) => office.kind === 'one-stop-desk');
  const level = levelOf(unit, units, day);
  return level !== 'village' && level !== 'agency';
}

/**
 * The competent unit and office of a procedure for a dossier of `base` (its own commune), on `day`. Pure: the same
 * data gives the same answer in routing (deciding the route) and in intake (refusing at the desk).
 */
export function findCompetence(
  procedure: ProcedureRecord,
  receiving: UnitRecord,
  base: UnitRecord,
  units: UnitSource,
  day: string,
): Competence | Refusal {
  let competentUnit: UnitRecord | undefined;
  switch (procedure.competence) {
    case 'receiving-unit':
      competentUnit = receiving;
      break;
    case 'applicant-commune':
      competentUnit = base;
      break;
    case 'district-above-receiving-unit':
      competentUnit = ancestorAt(base, 'district', units, day);
      break;
    case 'province-above-receiving-unit':
      competentUnit = ancestorAt(base, 'province', units, day);
      break;
  }
  if (!competentUnit) {
    const tier = procedure.competence === 'district-above-receiving-unit' ? 'cấp huyện' : 'cấp tỉnh';
    return refuse('no_competent_unit', `Ngày ${vietnameseDate(day)} không có đơn vị ${tier} quản lý ${base.name} để giải quyết thủ tục “${procedure.name}”`);
  }
  let office: UnitOffice | undefined;
  let addressee = competentUnit;
  // Records without offices (older data) decide themselves; a unit listing its offices must list the one needed.
  if (procedure.competentOffice && competentUnit.offices) {
    office = competentUnit.offices.find((candidate) => candidate.kind === procedure.competentOffice);
    const body = office?.unitCode ? unitOn(units, office.unitCode, day) : competentUnit;
    if (!office || !body) {
      return refuse(
        'no_competent_office',
        `${competentUnit.name} không có ${OFFICE_LABELS[procedure.competentOffice]} đang hoạt động ngày ${vietnameseDate(day)} để giải quyết thủ tục “${procedure.name}”`,
      );
    }
    addressee = body;
  }
  return { ok: true, procedure, receiving, competentUnit, office, addressee, mode: addressee.code === receiving.code ? 'local' : 'relay' };
}

/**
 * Whether the desk of `receivingUnit` may receive a dossier of `procedure` on `day` (YYYY-MM-DD, Vietnam), and if so
 * who decides it. Refuses — never routes into nowhere — a procedure or unit not in force, a unit that runs no desk,
 * a desk the procedure is not received at, a dossier of another commune unless the procedure is received anywhere
 * in the province ("phi địa giới"), a competent unit or office that does not exist, a channel the procedure excludes.
 */
export function canReceive(
  procedure: ProcedureRecord,
  receivingUnit: UnitRecord,
  units: UnitSource,
  day: string,
  options: ReceiveOptions = {},
): Competence | Refusal {
  const version = versionOn(procedure, day);
  if (!version) return refuse('procedure_not_in_force', `Thủ tục ${procedure.code} không có hiệu lực ngày ${vietnameseDate(day)}`);
  const receiving = versionOn(receivingUnit, day);
  if (!receiving) return refuse('unit_not_in_force', `${receivingUnit.name} không còn hoạt động ngày ${vietnameseDate(day)}`, 'unitCode');
  if (!runsDesk(receiving, units, day)) {
    return refuse('not_a_desk', `${receiving.name} không phải nơi tiếp nhận hồ sơ (chỉ là điểm hỗ trợ hoặc cơ quan chuyên môn)`, 'unitCode');
  }

  const base = options.subjectUnitCode ? unitOn(units, options.subjectUnitCode, day) : receiving;
  if (!base) return refuse('outside_area', `Không có xã, phường ${options.subjectUnitCode} ngày ${vietnameseDate(day)}`, 'subjectUnitCode');
  const anywhere = version.receivableAnywhereInProvince === true;
  if (base.code !== receiving.code) {
    const sameProvince = ancestorAt(base, 'province', units, day)?.code === ancestorAt(receiving, 'province', units, day)?.code;
    if (!anywhere || !sameProvince) {
      return refuse(
        'outside_area',
        anywhere
          ? `Thủ tục “${version.name}” chỉ tiếp nhận không phụ thuộc địa giới trong cùng tỉnh với ${base.name}`
          : `Thủ tục “${version.name}” không thuộc danh mục tiếp nhận không phụ thuộc địa giới hành chính: nộp tại ${base.deskName}`,
      );
    }
  }
  const level = levelOf(receiving, units, day);
  if (!anywhere && version.receivingLevels && !version.receivingLevels.includes(level)) {
    return refuse('desk_not_allowed', `Thủ tục “${version.name}” không tiếp nhận tại ${receiving.deskName}`);
  }
  const channel = options.channel ? CHANNEL_RULES[options.channel] : undefined;
  if (channel && !channel.allowed(version)) {
    return refuse('channel_not_allowed', `Thủ tục “${version.name}” không tiếp nhận qua ${channel.label}`, 'channel');
  }
  return findCompetence(version, receiving, base, units, day);
}
