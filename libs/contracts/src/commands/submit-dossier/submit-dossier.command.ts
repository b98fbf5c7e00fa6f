import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
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
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { CHANNELS, RESULT_DELIVERIES, type Channel, type ResultDelivery } from '../../values/channels';
import type { TimeLimit } from '../../values/time-limit';

export class ApplicantInput {
  @IsString() @Length(2, 120) fullName: string;
  /** 12-digit personal identification number (căn cước). */
  @Matches(/^\d{12}$/, { message: 'idNumber must be the 12-digit personal identification number' }) idNumber: string;
  @Matches(/^0\d{9}$/, { message: 'phone must be a 10-digit Vietnamese number starting with 0' }) phone: string;
  @IsOptional() @IsEmail() email?: string;
  @IsString() @Length(2, 300) address: string;
}

export class SubmittedDocument {
  @IsString() @Length(1, 64) code: string;
  @IsBoolean() present: boolean;
  @IsOptional() @IsInt() @Min(1) @Max(50) count?: number;
}

export class SubmitDossierBody {
  @IsString() @Length(1, 64) procedureCode: string;
  @IsIn(CHANNELS) channel: Channel;
  @IsIn(RESULT_DELIVERIES) resultDelivery: ResultDelivery;
  @NestedObject(() => ApplicantInput) applicant: ApplicantInput;
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => SubmittedDocument) documents: SubmittedDocument[];
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
  documents: { code: string; name: string; form: 'original' | 'copy'; count: number }[];
  timeLimit: TimeLimit;
  receivedAt: string;
  appointmentAt: string;
  resultDelivery: ResultDelivery;
  channel: Channel;
  receivedBy: string;
}

export const SubmitDossier = defineRpc<SubmitDossierCommand, Receipt>('intake.cmd.submit-dossier', SubmitDossierCommand);
