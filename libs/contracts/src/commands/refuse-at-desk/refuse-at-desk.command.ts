import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { CHANNELS, type Channel } from '../../values/channels';
import { ApplicantInput, type Receipt } from '../submit-dossier/submit-dossier.command';

/** What the desk refuses to receive, and why: each reason is printed, numbered, on form 03. */
export class RefuseAtDeskBody {
  @IsString() @Length(1, 64) procedureCode: string;
  @NestedObject(() => ApplicantInput) applicant: ApplicantInput;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @Length(5, 500, { each: true }) reasons: string[];
  /** Where it was handed in; the counter when absent. */
  @IsOptional() @IsIn(CHANNELS) channel?: Channel;
}

export class RefuseAtDeskCommand extends CommandEnvelope {
  @NestedObject(() => RefuseAtDeskBody) body: RefuseAtDeskBody;
}

/** Form 03 (Phiếu từ chối tiếp nhận giải quyết hồ sơ) as data: no dossier code, its own number. */
export interface DeskRefusal {
  id: string;
  /** Số: TC-<yymmdd>-<4-digit sequence of the desk's day>. */
  number: string;
  procedure: { code: string; name: string };
  receivingUnit: { code: string; name: string; deskName: string };
  applicant: Receipt['applicant'];
  reasons: string[];
  refusedAt: string;
  refusedBy: string;
}

export const RefuseAtDesk = defineRpc<RefuseAtDeskCommand, DeskRefusal>('intake.cmd.refuse-at-desk', RefuseAtDeskCommand);
