import type { TimeLimit, TimeLimitUnit } from '../values/time-limit';

/**
 * Reference data routing owns and replicates (NATS KV bucket `<prefix>_reference`) so that intake and relay
 * keep working while routing is down. Keys: `unit.<code>`, `procedure.<code>`, `bundle.<code>`, `alias.<old code>`.
 * A unit or procedure key holds the version in force today (or, for one not yet in force, its first version) and,
 * in `upcoming`, the later versions already decided, so a reader picks the version of its own day even when
 * routing is down across an effective date (use `versionOn`).
 */
export const REFERENCE_BUCKET = 'reference';
export const unitKey = (code: string): string => `unit.${code}`;
export const procedureKey = (code: string): string => `procedure.${code}`;
export const bundleKey = (code: string): string => `bundle.${code}`;
export const unitAliasKey = (oldCode: string): string => `alias.${oldCode}`;

export const UNIT_TYPES = [
  'province',
  'district',
  'commune',
  'ward',
  'town',
  'city',
  'township',
  'special-zone',
  'village',
  'agency',
] as const;
/**
 * Administrative unit types (tỉnh, huyện, xã, phường, thị trấn, thành phố, thị xã, đặc khu, thôn/ấp/tổ dân phố)
 * and 'agency': a body with its own inbox that is not an administrative unit (a provincial branch, commune police).
 */
export type UnitType = (typeof UNIT_TYPES)[number];

/** The tier a unit sits at; 'district' exists only in the three-tier structure (until 30 Jun 2025). */
export const UNIT_LEVELS = ['province', 'district', 'commune', 'village', 'agency'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const OFFICE_KINDS = [
  'one-stop-desk',
  'people-committee',
  'justice',
  'economy',
  'construction',
  'land-registration',
  'police',
  'social-insurance',
] as const;
/** What an office does: the one-stop desk, the People's Committee (chairman), specialist offices, commune police. */
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/**
 * An office that decides matters of a unit. Without `unitCode` it is the unit's own office (its staff work under the
 * unit's code); with it, a body with its own inbox: the commune police, or a provincial branch serving the area.
 */
export interface UnitOffice {
  kind: OfficeKind;
  name: string;
  unitCode?: string;
}

export interface UnitRecord {
  /** GSO code for administrative units (Decision 19/2025/QĐ-TTg); a local key for agencies. */
  code: string;
  name: string;
  type: UnitType;
  parentCode: string | null;
  /** Mã định danh điện tử: an opaque, versioned string from the province's official list. */
  agencyCode: string;
  /** Name of the unit's one-stop desk, printed on slips. */
  deskName: string;
  /** The desk's public phone, printed on form 02 as the number to call; absent where the reference data has none. */
  deskPhone?: string;
  validFrom: string;
  validTo: string | null;
  /** Tier in the tree; when absent it is derived from the type (see `levelOf`). */
  level?: UnitLevel;
  /** Desks and offices: when absent, every unit but a village or an agency runs a desk and decides itself. */
  offices?: UnitOffice[];
  /** Later versions of this unit (KV replica only). */
  upcoming?: UnitRecord[];
}

/** A merger or renaming: from `since`, matters of `code` belong to `successorCode` (old dossiers still resolve). */
export interface UnitAlias {
  code: string;
  successorCode: string;
  since: string;
  /** The resolution that decided it, e.g. "Nghị quyết 1663/NQ-UBTVQH15". */
  basis?: string;
}

/**
 * Who decides a procedure, relative to the dossier's commune (the applicant's or the land's commune when the dossier
 * names one, else the receiving unit): that commune itself, the district above it (three-tier only), the province
 * above it, or the applicant's commune. `ProcedureRecord.competentOffice` then picks the office of that unit.
 */
export const COMPETENCE_RULES = ['receiving-unit', 'district-above-receiving-unit', 'province-above-receiving-unit', 'applicant-commune'] as const;
export type CompetenceRule = (typeof COMPETENCE_RULES)[number];

export interface RequiredDocument {
  code: string;
  name: string;
  form: 'original' | 'copy';
  count: number;
  /** Staff may fill it in for the citizen ("ngày không viết"); the citizen still signs. */
  fillOnBehalf?: boolean;
}

export const FEE_CHANNELS = ['in-person', 'online', 'post'] as const;
export type FeeChannel = (typeof FEE_CHANNELS)[number];

export interface ProcedureFee {
  channel: FeeChannel;
  amountVnd: number;
  /** What one amount pays for, in Vietnamese: "hồ sơ", "bản sao", "trang". */
  per?: string;
}

/** Extra time the law allows when the dossier needs verification (e.g. +5 working days for marriage). */
export interface VerificationExtension {
  value: number;
  unit: TimeLimitUnit;
  reason: string;
}

/** One step of the internal process (quy trình nội bộ): who holds the dossier and for how many working days. */
export interface ProcedureStep {
  name: string;
  owner: 'receiving-unit' | 'competent-unit';
  budgetWorkingDays: number;
  /** The office head approves and signs the result in this step (relay then requires it before the result leaves). */
  headApproval?: boolean;
}

export type OnlineLevel = 'none' | 'partial' | 'full';

export interface ProcedureRecord {
  /** National code (mã TTHC, CSDLQG về TTHC), e.g. 1.001612. */
  code: string;
  name: string;
  /** Lĩnh vực. */
  field: string;
  competence: CompetenceRule;
  timeLimit: TimeLimit & { unit: TimeLimitUnit };
  documents: RequiredDocument[];
  /** In-person fee of one case (VND); see `fees` for the full schedule. */
  feeVnd: number;
  validFrom: string;
  validTo: string | null;
  /** Local variant code, e.g. 1.001612.000.00.00.H20. */
  localCode?: string;
  /** The office of the competent unit that decides it; absent: the unit itself. */
  competentOffice?: OfficeKind;
  /** Which desks take it; absent: any desk. */
  receivingLevels?: UnitLevel[];
  /** "Phi địa giới": any desk of the province receives it, whatever the dossier's commune. */
  receivableAnywhereInProvince?: boolean;
  /** Same-day procedures: received after this time (HH:MM, Vietnam), due the next working day. */
  sameDayCutOff?: string;
  verificationExtensions?: VerificationExtension[];
  fees?: ProcedureFee[];
  /** Who pays nothing, in Vietnamese (e.g. "Hộ nghèo"). */
  feeExemptions?: string[];
  onlineLevel?: OnlineLevel;
  postalEligible?: boolean;
  afterHoursEligible?: boolean;
  steps?: ProcedureStep[];
  upcoming?: ProcedureRecord[];
}

/** "2 in 1" and inter-procedure bundles: one intake, one child dossier per procedure, each routed on its own. */
export interface BundleRecord {
  code: string;
  name: string;
  procedureCodes: string[];
  /** The bundle's own total limit where the law sets one (e.g. ≤ 3 working days online); else the longest member's. */
  timeLimit?: TimeLimit & { unit: TimeLimitUnit };
  validFrom: string;
  validTo: string | null;
}
