import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsInt, IsISO8601, IsString, IsUUID, Min, ValidateNested } from 'class-validator';
import { SupplementItem } from '../../commands/office-actions/office-actions.commands';
import { defineEvent } from '../../core/contract';

/**
 * The office needs more from the citizen: the request goes back through the receiving desk, and the office's
 * clock stops until the complete dossier is back (then it restarts from zero).
 */
export class SupplementRequestedV1 {
  @IsUUID() transferId: string;
  @IsString() dossierCode: string;
  @IsString() unitCode: string;
  @IsString() receivingUnitCode: string;
  @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => SupplementItem) items: SupplementItem[];
  /** 1 for the first request; a second one counts the dossier as late. */
  @IsInt() @Min(1) requestNumber: number;
  @IsISO8601() requestedAt: string;
}

export const SupplementRequested = defineEvent('relay.evt.supplement.requested.v1', SupplementRequestedV1);
