import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { CHANNELS, RESULT_DELIVERIES, type Channel, type ResultDelivery } from '../../values/channels';
import type { TimeLimit } from '../../values/time-limit';
import type { FeeChannel } from '../../reference/reference-data';

export class ApplicantInput {
  @IsString() @Length(2, 120) fullName: string;
  /** 12-digit personal identification number (căn cước). */
  @Matches(/^\d{12}$/, { message: 'phải là số định danh cá nhân gồm 12 chữ số' }) idNumber: string;
  /** Year of birth, when declared: intake checks the ID number's century/gender digit and year digits against it. */
  @IsOptional() @IsInt() @Min(1900) @Max(2399) birthYear?: number;
  /** An old 9-digit CMND cited by paper records: a reference only, never accepted in place of idNumber. */
  @IsOptional() @Matches(/^\d{9}$/, { message: 'phải là số chứng minh nhân dân (CMND) cũ gồm 9 chữ số' }) legacyIdNumber?: string;
  @Matches(/^0\d{9}$/, { message: 'phải là số điện thoại Việt Nam gồm 10 chữ số, bắt đầu bằng 0' }) phone: string;
  @IsOptional() @IsEmail() email?: string;
  @IsString() @Length(2, 300) address: string;
}

export class SubmittedDocument {
  @IsString() @Length(1, 64) code: string;
  @IsBoolean() present: boolean;
  @IsOptional() @IsInt() @Min(1) @Max(50) count?: number;
  /** Written for the citizen ("ngày không viết"), by this helper; only where the catalogue allows it, never for a fee. */
  @IsOptional() @IsString() @Length(2, 120) writtenOnBehalfBy?: string;
}

/** Who handed the dossier in, when not the applicant (the dossier's owner): a relative, a representative. */
export class SubmitterInput {
  @IsString() @Length(2, 120) fullName: string;
  /** How they stand to the applicant, in Vietnamese (e.g. "con", "người được ủy quyền"). */
  @IsOptional() @IsString() @Length(2, 120) relation?: string;
  @IsOptional() @Matches(/^0\d{9}$/, { message: 'phải là số điện thoại Việt Nam gồm 10 chữ số, bắt đầu bằng 0' }) phone?: string;
}

/** The fee as the desk takes it: an exemption the catalogue lists, or the number of the fee receipt (biên lai). */
export class DeskFeeInput {
  /** One of the procedure's feeExemptions, as the catalogue writes it (e.g. "Hộ nghèo"). */
  @IsOptional() @IsString() @Length(2, 200) exemption?: string;
  @IsOptional() @Matches(/^[A-Za-z0-9./-]{1,40}$/, { message: 'phải là số biên lai thu phí (chữ cái, chữ số, . / -)' }) receiptNumber?: string;
}

/** The fee of one dossier: what the catalogue lists for its channel, any exemption, and how it was settled. */
export interface FeeRecord {
  channel: FeeChannel;
  listedVnd: number;
  amountVnd: number;
  status: 'none' | 'exempt' | 'paid' | 'due';
  exemption?: string;
  receiptNumber?: string;
}

/** "Ngày không hẹn": the desk resolves the dossier on the spot and returns the result in the same visit. */
export class InstantResolutionInput {
  /** The result issued at the desk (number of the certificate, extract …). */
  @IsString() @Length(1, 64) resultRef: string;
  @IsOptional() @IsString() @Length(2, 300) summary?: string;
}

export const ASSISTANCE_KINDS = ['hamlet-point', 'outreach', 'union-volunteer', 'desk-staff'] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

/** Who helped the citizen file (hamlet point, outreach team, union volunteer, desk staff on the online channel). */
export class AssistanceInput {
  @IsIn(ASSISTANCE_KINDS) kind: AssistanceKind;
  @IsString() @Length(2, 120) fullName: string;
  /** E.g. "Chi hội Phụ nữ ấp Phước Tiên". */
  @IsOptional() @IsString() @Length(2, 200) organisation?: string;
}

export class SubmitDossierBody {
  @IsString() @Length(1, 64) procedureCode: string;
  @IsIn(CHANNELS) channel: Channel;
  @IsIn(RESULT_DELIVERIES) resultDelivery: ResultDelivery;
  @NestedObject(() => ApplicantInput) applicant: ApplicantInput;
  /** Số lượng hồ sơ: how many sets the citizen handed in (form 01, item 2); 1 when absent. */
  @IsOptional() @IsInt() @Min(1) @Max(10) sets?: number;
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => SubmittedDocument) documents: SubmittedDocument[];
  /** Absent: the applicant handed it in. */
  @IsOptional() @IsObject() @ValidateNested() @Type(() => SubmitterInput) submitter?: SubmitterInput;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AssistanceInput) assistedBy?: AssistanceInput;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => DeskFeeInput) fee?: DeskFeeInput;
  /** Only on a no-appointment day, for a procedure of the unit's own authority the day applies to. */
  @IsOptional() @IsObject() @ValidateNested() @Type(() => InstantResolutionInput) instant?: InstantResolutionInput;
}

export class SubmitDossierCommand extends CommandEnvelope {
  @NestedObject(() => SubmitDossierBody) body: SubmitDossierBody;
}

/** The receipt and appointment slip (form 01) as data. */
export interface Receipt {
  dossierCode: string;
  procedure: { code: string; name: string };
  receivingUnit: { code: string; name: string; deskName: string };
  applicant: { fullName: string; address: string; phone: string; email?: string };
  documents: { code: string; name: string; form: 'original' | 'copy'; count: number; writtenOnBehalfBy?: string }[];
  /** Số lượng hồ sơ (bộ); absent on receipts issued before it was recorded: 1. */
  sets?: number;
  timeLimit: TimeLimit;
  receivedAt: string;
  appointmentAt: string;
  resultDelivery: ResultDelivery;
  channel: Channel;
  receivedBy: string;
  /** Who handed it in, when not the applicant. */
  submitter?: { fullName: string; relation?: string; phone?: string };
  assistedBy?: { kind: AssistanceKind; fullName: string; organisation?: string };
  fee?: FeeRecord;
  /** Resolved and returned in the same visit (no-appointment day): counted early, or on time when due today. */
  instant?: { resultRef: string; resolvedAt: string; timing: 'early' | 'on-time' };
}

export const SubmitDossier = defineRpc<SubmitDossierCommand, Receipt>('intake.cmd.submit-dossier', SubmitDossierCommand);
