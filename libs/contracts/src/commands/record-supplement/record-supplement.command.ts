import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, Matches, ValidateNested } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { NestedObject } from '../../core/nested-object';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';
import { SubmittedDocument } from '../submit-dossier/submit-dossier.command';

export class RecordSupplementBody {
  /** What the citizen brought, as at reception. */
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => SubmittedDocument) documents: SubmittedDocument[];
}

export class RecordSupplementCommand extends CommandEnvelope {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'không phải mã hồ sơ' }) dossierCode: string;
  @NestedObject(() => RecordSupplementBody) body: RecordSupplementBody;
}

export interface RecordSupplementResponse {
  dossierCode: string;
  status: 'in-progress';
  supplementedAt: string;
  /** The restarted time limit's new appointment: the desk prints a new slip. */
  appointmentAt: string;
}

export const RecordSupplement = defineRpc<RecordSupplementCommand, RecordSupplementResponse>('intake.cmd.record-supplement', RecordSupplementCommand);
