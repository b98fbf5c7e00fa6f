import { Type } from 'class-transformer';
import { ArrayMinSize, IsBoolean, IsIn, IsISO8601, IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../../core/contract';

/** One planned step of the route: who holds the dossier and for how long (the internal process). */
export class RouteLeg {
  @IsString() fromUnitCode: string;
  @IsString() toUnitCode: string;
  @IsIn(['forward', 'return']) direction: 'forward' | 'return';
  @IsInt() @Min(0) budgetWorkingDays: number;
}

export class DossierRoutedV1 {
  @IsString() dossierCode: string;
  @IsString() procedureCode: string;
  @IsString() receivingUnitCode: string;
  @IsString() competentUnitCode: string;
  /** 'local': the receiving unit decides it; 'relay': it travels to another unit and back. */
  @IsIn(['local', 'relay']) mode: 'local' | 'relay';
  @IsISO8601() receivedAt: string;
  @IsISO8601() appointmentAt: string;
  @ValidateNested({ each: true }) @Type(() => RouteLeg) @ArrayMinSize(1) legs: RouteLeg[];
  /** The procedure's step plan has the office head approve and sign the result before it leaves. */
  @IsOptional() @IsBoolean() headApprovalRequired?: boolean;
  /** A paper dossier travels too: it must leave the desk the same working day (next morning after 15:00). */
  @IsOptional() @IsBoolean() paperTransfer?: boolean;
}

export const DossierRouted = defineEvent('routing.evt.dossier.routed.v1', DossierRoutedV1);
