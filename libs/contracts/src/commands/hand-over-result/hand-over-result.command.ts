import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, Length, Matches, ValidateBy, ValidateNested, type ValidationArguments } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { RESULT_DELIVERIES, type ResultDelivery } from '../../values/channels';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';

export const RESULT_RECIPIENTS = ['applicant', 'authorised'] as const;

const UNNAMED_AUTHORISED = 'Người được ủy quyền nhận kết quả phải ghi rõ họ tên';

/**
 * The recipient's name: required (not blank) for an authorised person, 2 to 120 characters whenever given. In the
 * contract, so the gateway refuses it before sending, naming the field as the client sent it (`recipient.fullName`).
 */
function RecipientName(): PropertyDecorator {
  const missing = (args: ValidationArguments) => (args.value === undefined || args.value === null) && (args.object as HandOverRecipient).kind === 'authorised';
  return ValidateBy(
    {
      name: 'recipientName',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          value === undefined || value === null ? !args || !missing(args) : typeof value === 'string' && value.trim().length >= 2 && value.length <= 120,
      },
    },
    { message: (args: ValidationArguments) => (missing(args) || (typeof args.value === 'string' && !args.value.trim()) ? UNNAMED_AUTHORISED : 'phải có từ 2 đến 120 ký tự') },
  );
}

/** Who received the result at the desk: the applicant, or a person they authorised (named; kept in intake only). */
export class HandOverRecipient {
  @IsIn(RESULT_RECIPIENTS) kind: (typeof RESULT_RECIPIENTS)[number];
  /** Required for an authorised person. */
  @RecipientName() fullName?: string;
  /** The power of attorney or authorisation letter (giấy ủy quyền) seen by the clerk. */
  @IsOptional() @IsString() @Length(1, 64) authorisationRef?: string;
}

export class HandOverResultBody {
  @IsIn(RESULT_DELIVERIES) method: ResultDelivery;
}

/** The hand-over naming who took the result (the desk's endpoint); absent recipient means the applicant. */
export class HandOverResultToBody extends HandOverResultBody {
  @IsOptional() @IsObject() @ValidateNested() @Type(() => HandOverRecipient) recipient?: HandOverRecipient;
}

export class HandOverResultCommand extends CommandEnvelope {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'không phải mã hồ sơ' }) dossierCode: string;
  @NestedObject(() => HandOverResultToBody) body: HandOverResultToBody;
}

export interface HandOverResultResponse {
  dossierCode: string;
  status: 'handed-over';
  handedOverAt: string;
}

export const HandOverResult = defineRpc<HandOverResultCommand, HandOverResultResponse>(
  'intake.cmd.hand-over-result',
  HandOverResultCommand,
);
