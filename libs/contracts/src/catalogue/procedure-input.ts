import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { NestedObject } from '../core/nested-object';
import { COMPETENCE_RULES, FEE_CHANNELS, OFFICE_KINDS, UNIT_LEVELS, type CompetenceRule, type FeeChannel, type OfficeKind, type OnlineLevel, type UnitLevel } from '../reference/reference-data';
import { TIME_LIMIT_UNITS, TimeLimit, type TimeLimitUnit } from '../values/time-limit';
import { IsDay, PROCEDURE_CODE } from './day';

/** The catalogue as a province administrator imports it: one entry per procedure version (JSON import/export). */
export class DocumentInput {
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'chỉ gồm chữ thường, chữ số và dấu gạch ngang' }) code: string;
  @IsString() @Length(2, 300) name: string;
  @IsIn(['original', 'copy']) form: 'original' | 'copy';
  @IsInt() @Min(1) @Max(50) count: number;
  @IsOptional() @IsBoolean() fillOnBehalf?: boolean;
}

export class FeeInput {
  @IsIn(FEE_CHANNELS) channel: FeeChannel;
  @IsInt() @Min(0) @Max(1_000_000_000) amountVnd: number;
  @IsOptional() @IsString() @Length(1, 40) per?: string;
}

export class ExtensionInput {
  @IsInt() @Min(1) @Max(365) value: number;
  @IsIn(TIME_LIMIT_UNITS) unit: TimeLimitUnit;
  @IsString() @Length(2, 200) reason: string;
}

export class StepInput {
  @IsString() @Length(2, 200) name: string;
  @IsIn(['receiving-unit', 'competent-unit']) owner: 'receiving-unit' | 'competent-unit';
  @IsInt() @Min(0) @Max(365) budgetWorkingDays: number;
  @IsOptional() @IsBoolean() headApproval?: boolean;
}

export class ProcedureVersionInput {
  @Matches(PROCEDURE_CODE, { message: 'phải là mã thủ tục quốc gia, ví dụ 1.001612' }) code: string;
  @IsOptional() @IsString() @Length(3, 64) localCode?: string;
  @IsString() @Length(2, 300) name: string;
  @IsString() @Length(2, 120) field: string;
  @IsIn(COMPETENCE_RULES) competence: CompetenceRule;
  @IsOptional() @IsIn(OFFICE_KINDS) competentOffice?: OfficeKind;
  @IsOptional() @IsArray() @ArrayMinSize(1) @IsIn(UNIT_LEVELS, { each: true }) receivingLevels?: UnitLevel[];
  @IsOptional() @IsBoolean() receivableAnywhereInProvince?: boolean;
  @NestedObject(() => TimeLimit) timeLimit: TimeLimit;
  @IsOptional() @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'phải là giờ dạng HH:MM' }) sameDayCutOff?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => ExtensionInput) verificationExtensions?: ExtensionInput[];
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => DocumentInput) documents: DocumentInput[];
  /** In-person fee; when absent, taken from `fees`. */
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000_000) feeVnd?: number;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => FeeInput) fees?: FeeInput[];
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(2, 200, { each: true }) feeExemptions?: string[];
  @IsOptional() @IsIn(['none', 'partial', 'full']) onlineLevel?: OnlineLevel;
  @IsOptional() @IsBoolean() postalEligible?: boolean;
  @IsOptional() @IsBoolean() afterHoursEligible?: boolean;
  @IsOptional() @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => StepInput) steps?: StepInput[];
  @IsDay() validFrom: string;
  @IsOptional() @IsDay() validTo?: string | null;
}

export class BundleInput {
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'chỉ gồm chữ in hoa, chữ số và dấu gạch ngang' }) code: string;
  @IsString() @Length(2, 300) name: string;
  @IsArray() @ArrayMinSize(2) @ArrayMaxSize(10) @Matches(PROCEDURE_CODE, { each: true, message: 'mỗi phần tử phải là mã thủ tục quốc gia, ví dụ 1.001612' })
  procedureCodes: string[];
  @IsOptional() @ValidateNested() @Type(() => TimeLimit) timeLimit?: TimeLimit;
  @IsDay() validFrom: string;
  @IsOptional() @IsDay() validTo?: string | null;
}
