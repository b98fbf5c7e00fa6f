import { ArrayMaxSize, ArrayMinSize, IsArray, Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';

/** The register's personal columns, which only intake holds, for dossiers of a page of the register. */
export class RegisterApplicantsQuery extends StaffQueryEnvelope {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @Matches(DOSSIER_CODE_PATTERN, { each: true, message: 'mỗi phần tử phải là mã hồ sơ' })
  dossierCodes: string[];
}

export interface RegisterApplicant {
  dossierCode: string;
  applicantName: string;
  address: string;
  phone: string;
  /** Số lượng hồ sơ (bộ). */
  setCount: number;
}

/** Only dossiers the actor may see are answered; others are left out. */
export const RegisterApplicants = defineRpc<RegisterApplicantsQuery, RegisterApplicant[]>('intake.qry.register-applicants', RegisterApplicantsQuery);
