import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { OFFICE_KINDS, UNIT_LEVELS, UNIT_TYPES, type OfficeKind, type UnitLevel, type UnitType } from '../reference/reference-data';
import { IsDay, UNIT_CODE } from './day';

const CODE_MESSAGE = 'must be a unit code (digits, letters, dots, dashes; at most 32)';

/** The unit tree as a province administrator imports it: one entry per unit version (JSON import/export). */
export class UnitOfficeInput {
  @IsIn(OFFICE_KINDS) kind: OfficeKind;
  @IsString() @Length(2, 200) name: string;
  @IsOptional() @Matches(UNIT_CODE, { message: `unitCode ${CODE_MESSAGE}` }) unitCode?: string;
}

export class UnitVersionInput {
  @Matches(UNIT_CODE, { message: `code ${CODE_MESSAGE}` }) code: string;
  @IsString() @Length(2, 200) name: string;
  @IsIn(UNIT_TYPES) type: UnitType;
  @IsOptional() @IsIn(UNIT_LEVELS) level?: UnitLevel;
  @IsOptional() @Matches(UNIT_CODE, { message: `parentCode ${CODE_MESSAGE}` }) parentCode?: string | null;
  @IsString() @Length(1, 64) agencyCode: string;
  /** Empty for units without a desk (villages, agencies). */
  @IsString() @Length(0, 200) deskName: string;
  /** The desk's public phone, printed on form 02 as the number to call. */
  @IsOptional()
  @Matches(/^(0\d{9,10}|1[89]00\d{4,6})$/, { message: 'deskPhone must be a Vietnamese phone number: 10–11 digits starting with 0, or a 1800/1900 number' })
  deskPhone?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => UnitOfficeInput) offices?: UnitOfficeInput[];
  @IsDay() validFrom: string;
  @IsOptional() @IsDay() validTo?: string | null;
}

export class UnitAliasInput {
  @Matches(UNIT_CODE, { message: `code ${CODE_MESSAGE}` }) code: string;
  @Matches(UNIT_CODE, { message: `successorCode ${CODE_MESSAGE}` }) successorCode: string;
  @IsDay() since: string;
  @IsOptional() @IsString() @Length(2, 200) basis?: string;
}
