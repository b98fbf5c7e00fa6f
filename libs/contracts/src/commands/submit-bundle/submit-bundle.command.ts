import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { CHANNELS, RESULT_DELIVERIES, type Channel, type ResultDelivery } from '../../values/channels';
import type { TimeLimit } from '../../values/time-limit';
import { ApplicantInput, AssistanceInput, DeskFeeInput, SubmittedDocument, SubmitterInput, type Receipt } from '../submit-dossier/submit-dossier.command';

/** The documents handed in for one procedure of the bundle. */
export class BundleMemberInput {
  @IsString() @Length(1, 64) procedureCode: string;
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => SubmittedDocument) documents: SubmittedDocument[];
  /** Each child pays its own procedure's fee (or exemption), with its own fee receipt. */
  @IsOptional() @IsObject() @ValidateNested() @Type(() => DeskFeeInput) fee?: DeskFeeInput;
}

/** "2 in 1": one intake of a catalogue bundle (KV key bundle.<code>), one child dossier per procedure. */
export class SubmitBundleBody {
  @IsString() @Length(1, 64) bundleCode: string;
  @IsIn(CHANNELS) channel: Channel;
  @IsIn(RESULT_DELIVERIES) resultDelivery: ResultDelivery;
  @NestedObject(() => ApplicantInput) applicant: ApplicantInput;
  @IsArray() @ArrayMinSize(2) @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => BundleMemberInput) members: BundleMemberInput[];
  @IsOptional() @IsObject() @ValidateNested() @Type(() => SubmitterInput) submitter?: SubmitterInput;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AssistanceInput) assistedBy?: AssistanceInput;
}

export class SubmitBundleCommand extends CommandEnvelope {
  @NestedObject(() => SubmitBundleBody) body: SubmitBundleBody;
}

/** One receipt listing every child dossier, each with its own code, route and appointment. */
export interface BundleReceipt {
  bundleId: string;
  bundle: { code: string; name: string };
  /** The bundle's own limit where the law sets one, else the longest child's. */
  timeLimit?: TimeLimit;
  receivedAt: string;
  /** When the whole bundle is due: the bundle's own limit, else the latest child appointment. */
  appointmentAt: string;
  children: Receipt[];
}

export const SubmitBundle = defineRpc<SubmitBundleCommand, BundleReceipt>('intake.cmd.submit-bundle', SubmitBundleCommand);
