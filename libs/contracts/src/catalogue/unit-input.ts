import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { OFFICE_KINDS, UNIT_LEVELS, UNIT_TYPES, type OfficeKind, type UnitLevel, type UnitType } from '../reference/reference-data';
import { IsDay, UNIT_CODE } from './day';

const CODE_MESSAGE = 'phải là mã đơn vị (chữ số, chữ cái, dấu chấm, dấu gạch ngang; tối đa 32 ký tự)';

/** The unit tree as a province administrator imports it: one entry per unit version (JSON import/export). */
export class UnitOfficeInput {
  @IsIn(OFFICE_KINDS) kind: OfficeKind;
  @IsString() @Length(2, 200) name: string;
  @IsOptional() @Matches(UNIT_CODE, { message: CODE_MESSAGE }) unitCode?: string;
}

export class UnitVersionInput {
  @Matches(UNIT_CODE, { message: CODE_MESSAGE }) code: string;
  @IsString() @Length(2, 200) name: string;
  @IsIn(UNIT_TYPES) type: UnitType;
  @IsOptional() @IsIn(UNIT_LEVELS) level?: UnitLevel;
  @IsOptional() @Matches(UNIT_CODE, { message: CODE_MESSAGE }) parentCode?: string | null;
  @IsString() @Length(1, 64) agencyCode: string;
  /** Empty for units without a desk (villages, agencies). */
  @IsString() @Length(0, 200) deskName: string;
  /** The desk's public phone, printed on form 02 as the number to call. */
  @IsOptional()
  @Matches(/^(0\d{9,10}|1[89]00\d{4,6})$/, { message: 'phải là số điện thoại Việt Nam: 10–11 chữ số bắt đầu bằng 0, hoặc số 1800/1900' })
  deskPhone?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => UnitOfficeInput) offices?: UnitOfficeInput[];
  @IsDay() validFrom: string;
  @IsOptional() @IsDay() validTo?: string | null;
}

export class UnitAliasInput {
  @Matches(UNIT_CODE, { message: CODE_MESSAGE }) code: string;
  @Matches(UNIT_CODE, { message: CODE_MESSAGE }) successorCode: string;
  @IsDay() since: string;
  @IsOptional() @IsString() @Length(2, 200) basis?: string;
}
