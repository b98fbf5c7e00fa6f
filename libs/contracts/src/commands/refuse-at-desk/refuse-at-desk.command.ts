import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, ValidateBy, type ValidationArguments } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { CHANNELS, type Channel } from '../../values/channels';
import { ApplicantInput, type Receipt } from '../submit-dossier/submit-dossier.command';

/** The fewest letters a reason has once its spaces are trimmed: "Thiếu" is the shortest that says anything. */
const REASON_MIN = 5;

/** The reasons not specific once trimmed (their raw length is @Length's to check), by their number on form 03. */
const unspecific = (value: unknown): number[] =>
  Array.isArray(value)
    ? value.flatMap((r, i) => (typeof r === 'string' && r.length >= REASON_MIN && r.normalize('NFC').trim().length < REASON_MIN ? [i + 1] : []))
    : [];

/**
 * Each reason is specific: at least 5 letters besides the spaces around them (intake prints them trimmed). In the
 * contract, so the gateway refuses a blank reason before sending, naming the field as the client sent it (`reasons`).
 */
function SpecificReasons(): PropertyDecorator {
  return ValidateBy(
    { name: 'specificReasons', validator: { validate: (value: unknown) => unspecific(value).length === 0 } },
    { message: (args: ValidationArguments) => `Lý do từ chối phải nêu cụ thể (lý do thứ ${unspecific(args.value).join(', ')} chỉ có khoảng trắng hoặc quá ngắn)` },
  );
}

/** What the desk refuses to receive, and why: each reason is printed, numbered, on form 03. */
export class RefuseAtDeskBody {
  @IsString() @Length(1, 64) procedureCode: string;
  @NestedObject(() => ApplicantInput) applicant: ApplicantInput;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @Length(REASON_MIN, 500, { each: true }) @SpecificReasons() reasons: string[];
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
