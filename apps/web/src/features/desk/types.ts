// The gateway's shapes this feature uses, mirrored from libs/contracts (the web app does not import the services'
// contracts package: it carries decorators and server-only code). Keep in step with those files.

export const CHANNELS = ['counter', 'after-hours-counter', 'online', 'post', 'zalo', 'hamlet-point', 'outreach'] as const;
export type Channel = (typeof CHANNELS)[number];
export const RESULT_DELIVERIES = ['desk', 'post', 'home'] as const;
export type ResultDelivery = (typeof RESULT_DELIVERIES)[number];
export const ASSISTANCE_KINDS = ['hamlet-point', 'outreach', 'union-volunteer', 'desk-staff'] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];
export type TimeLimitUnit = 'working-days' | 'days' | 'hours' | 'same-day';

/** One procedure of GET /api/desk/procedures (libs/contracts ProcedureRecord, the fields the desk uses). */
export interface CatalogueProcedure {
  code: string;
  name: string;
  field: string;
  timeLimit: { value: number; unit: TimeLimitUnit };
  documents: { code: string; name: string; form: 'original' | 'copy'; count: number; fillOnBehalf?: boolean }[];
  feeVnd: number;
  fees?: { channel: string; amountVnd: number; per?: string }[];
  feeExemptions?: string[];
  afterHoursEligible?: boolean;
  sameDayCutOff?: string;
}

/** GET /api/desk/procedures (libs/contracts DeskCatalogueView): what the clerk's own desk may receive today. */
export interface DeskCatalogueView {
  unitCode: string;
  deskName: string;
  procedures: CatalogueProcedure[];
  bundles: { code: string; name: string; procedureCodes: string[]; timeLimit?: { value: number; unit: TimeLimitUnit } }[];
}

/** libs/contracts SubmitDossierBody. */
export interface SubmitDossierBody {
  procedureCode: string;
  channel: Channel;
  resultDelivery: ResultDelivery;
  applicant: { fullName: string; idNumber: string; birthYear?: number; phone: string; email?: string; address: string };
  documents: { code: string; present: boolean; count?: number; writtenOnBehalfBy?: string }[];
  submitter?: { fullName: string; relation?: string; phone?: string };
  assistedBy?: { kind: AssistanceKind; fullName: string; organisation?: string };
  fee?: { exemption?: string; receiptNumber?: string };
}

/** libs/contracts Receipt (form 01 as data). */
export interface Receipt {
  dossierCode: string;
  procedure: { code: string; name: string };
  receivingUnit: { code: string; name: string; deskName: string };
  applicant: { fullName: string; address: string; phone: string; email?: string };
  documents: { code: string; name: string; form: 'original' | 'copy'; count: number; writtenOnBehalfBy?: string }[];
  timeLimit: { value: number; unit: TimeLimitUnit };
  receivedAt: string;
  appointmentAt: string;
  resultDelivery: ResultDelivery;
  channel: Channel;
  fee?: { channel: string; listedVnd: number; amountVnd: number; status: 'none' | 'exempt' | 'paid' | 'due'; exemption?: string; receiptNumber?: string };
}

/** libs/contracts SubmitBundleBody: one applicant, one checklist and one fee per child (member). */
export interface SubmitBundleBody {
  bundleCode: string;
  channel: Channel;
  resultDelivery: ResultDelivery;
  applicant: SubmitDossierBody['applicant'];
  members: { procedureCode: string; documents: SubmitDossierBody['documents']; fee?: SubmitDossierBody['fee'] }[];
  submitter?: SubmitDossierBody['submitter'];
  assistedBy?: SubmitDossierBody['assistedBy'];
}

/** libs/contracts BundleReceipt: the one receipt listing every child dossier. */
export interface BundleReceipt {
  bundleId: string;
  bundle: { code: string; name: string };
  timeLimit?: { value: number; unit: TimeLimitUnit };
  receivedAt: string;
  appointmentAt: string;
  children: Receipt[];
}

/** libs/contracts RefuseAtDeskBody / DeskRefusal (form 03). */
export interface RefuseAtDeskBody {
  procedureCode: string;
  applicant: SubmitDossierBody['applicant'];
  reasons: string[];
  channel?: Channel;
}
export interface DeskRefusal {
  id: string;
  number: string;
  procedure: { code: string; name: string };
  reasons: string[];
  refusedAt: string;
}

/** The form 02 carried by a 422 dossier_incomplete (libs/contracts DossierIncompleteDetails). */
export interface SupplementRequestDetails {
  id: string;
  number: string;
  items: { field: string; documentName: string; reason: string; procedureName?: string }[];
  printPath?: string;
}

export const DOSSIER_STATUSES = ['received', 'in-progress', 'supplement-requested', 'result-ready', 'handed-over', 'withdrawn'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** GET /api/desk/inbox (libs/contracts DeskDossierView). */
export interface DeskDossierView {
  dossierCode: string;
  /** The applicant's name and the delivery they chose at intake (absent from an older intake). */
  applicantName?: string;
  resultDelivery?: ResultDelivery;
  procedureCode: string;
  procedureName: string;
  status: DossierStatus;
  receivedAt: string;
  appointmentAt: string;
  resultRef: string | null;
  resultReadyAt: string | null;
  handedOverAt: string | null;
  outcome?: 'resolved' | 'refused' | null;
  supplementItems?: { name: string; reason: string }[] | null;
}

/** POST /api/intake-desk/dossiers/:code/hand-over (libs/contracts HandOverResultToBody). */
export interface HandOverBody {
  method: ResultDelivery;
  recipient?: { kind: 'applicant' | 'authorised'; fullName?: string; authorisationRef?: string };
}
export interface HandOverResponse {
  dossierCode: string;
  status: 'handed-over';
  handedOverAt: string;
}

/** GET /api/reports/register (apps/gateway/src/reports/register/register-line.ts). */
export interface RegisterLine {
  number: number;
  dossierCode: string;
  procedureCode: string;
  procedureName: string;
  leadAgency: { code: string; name: string } | null;
  receivedAt: string;
  appointmentAt: string;
  transferredAt: string | null;
  resultReceivedAt: string | null;
  returnedAt: string | null;
  note: string;
  applicantName: string | null;
  address: string | null;
  phone: string | null;
  setCount: number | null;
}
export interface RegisterPage {
  desk: { code: string; name: string; deskName: string };
  from: string;
  to: string;
  items: RegisterLine[];
  total: number;
  page: number;
  pageSize: number;
}
