import { Type } from 'class-transformer';
import { ArrayMinSize, IsBoolean, IsIn, IsISO8601, IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../../core/contract';
import { OFFICE_KINDS, type OfficeKind } from '../../reference/reference-data';
import { TimeLimit } from '../../values/time-limit';

/** One step of the internal process inside a leg (quy trình nội bộ), with its budget. */
export class RouteStep {
  @IsString() name: string;
  @IsInt() @Min(0) budgetWorkingDays: number;
}

/** One planned step of the route: who holds the dossier and for how long (the internal process). */
export class RouteLeg {
  @IsString() fromUnitCode: string;
  @IsString() toUnitCode: string;
  @IsIn(['forward', 'return']) direction: 'forward' | 'return';
  @IsInt() @Min(0) budgetWorkingDays: number;
  /** The procedure's internal steps this leg covers, when its catalogue entry has a step plan. */
  @IsOptional() @ValidateNested({ each: true }) @Type(() => RouteStep) steps?: RouteStep[];
}

/** The office of the competent unit that decides the dossier (e.g. commune police, a land registration branch). */
export class CompetentOffice {
  @IsIn(OFFICE_KINDS) kind: OfficeKind;
  @IsString() name: string;
}

export class DossierRoutedV1 {
  @IsString() dossierCode: string;
  @IsString() procedureCode: string;
  @IsString() receivingUnitCode: string;
  /** Where the dossier goes: the competent unit, or its office that has its own inbox. */
  @IsString() competentUnitCode: string;
  /** 'local': the receiving unit decides it; 'relay': it travels to another unit and back. */
  @IsIn(['local', 'relay']) mode: 'local' | 'relay';
  @IsISO8601() receivedAt: string;
  @IsISO8601() appointmentAt: string;
  @ValidateNested({ each: true }) @Type(() => RouteLeg) @ArrayMinSize(1) legs: RouteLeg[];
  /** The total legal time limit the receipt shows (relay time counts inside it), from the version of the reception day. */
  @IsOptional() @ValidateNested() @Type(() => TimeLimit) timeLimit?: TimeLimit;
  @IsOptional() @IsString() competentUnitName?: string;
  @IsOptional() @ValidateNested() @Type(() => CompetentOffice) competentOffice?: CompetentOffice;
  /** The procedure's step plan has the office head approve and sign the result before it leaves. */
  @IsOptional() @IsBoolean() headApprovalRequired?: boolean;
  /** A paper dossier travels too: it must leave the desk the same working day (next morning after 15:00). */
  @IsOptional() @IsBoolean() paperTransfer?: boolean;
  /** The receiving unit's province: deadlines count that province's own days off too. */
  @IsOptional() @IsString() provinceCode?: string;
}

export const DossierRouted = defineEvent('routing.evt.dossier.routed.v1', DossierRoutedV1);
