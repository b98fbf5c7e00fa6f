import { IsIn, IsString, Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import type { Receipt } from '../../commands/submit-dossier/submit-dossier.command';

/**
 * Form 02 (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) issued at the desk when a dossier handed in is incomplete:
 * recorded by intake with its own number, though no dossier code exists yet.
 */
export interface DeskSupplementRequest {
  id: string;
  /** Số: BS-<yymmdd>-<4-digit sequence of the desk's day>. */
  number: string;
  procedure: { code: string; name: string };
  receivingUnit: { code: string; name: string; deskName: string };
  applicant: Receipt['applicant'];
  /** Every missing item and why, numbered in this order on the printed form (for a bundle, with its procedure). */
  items: { field: string; documentName: string; reason: string; procedureName?: string }[];
  issuedAt: string;
  issuedBy: string;
  /** Whom the citizen asks while completing the dossier: the clerk who issued the form, at the desk's phone if known. */
  contact: { staffId: string; name?: string; deskName: string; phone?: string };
  /** A "2 in 1" intake: one form for the whole bundle, its items under each child procedure. */
  bundle?: { code: string; name: string };
}

/** What a 422 dossier_incomplete carries in `details`: form 02 as recorded, without the applicant (the caller has it). */
export interface DossierIncompleteDetails {
  supplementRequest: Omit<DeskSupplementRequest, 'applicant'> & { printPath: string };
}

/** Where the gateway prints a form 02 (GET, text/html). */
export const supplementRequestPrintPath = (id: string): string => `/api/intake-desk/supplement-requests/${id}/print`;

export const DESK_SUPPLEMENT_REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class GetDeskSupplementRequestQuery extends StaffQueryEnvelope {
  @IsString() @Matches(DESK_SUPPLEMENT_REQUEST_ID, { message: 'không phải mã phiếu yêu cầu bổ sung' }) id: string;
}

export const GetDeskSupplementRequest = defineRpc<GetDeskSupplementRequestQuery, DeskSupplementRequest>(
  'intake.qry.desk-supplement-request',
  GetDeskSupplementRequestQuery,
);

export const PRINTABLE_DESK_FORMS = ['01', '02', '03', '01-bundle'] as const;
export type PrintableDeskForm = (typeof PRINTABLE_DESK_FORMS)[number];

/** A desk form as printable HTML: 01 by dossier code, 02 by supplement request id, 03 by refusal id, 01-bundle by bundle id. */
export class PrintDeskFormQuery extends StaffQueryEnvelope {
  @IsIn(PRINTABLE_DESK_FORMS) form: PrintableDeskForm;
  @IsString() @Matches(/^[A-Za-z0-9.-]{1,64}$/, { message: 'không phải mã hồ sơ hay mã phiếu' }) ref: string;
}

export const PrintDeskForm = defineRpc<PrintDeskFormQuery, { html: string }>('intake.qry.print-desk-form', PrintDeskFormQuery);
