// The gateway's shapes this feature uses, from libs/contracts as types only (`import type` is erased from the
// bundle: none of the contracts' validation code reaches the browser). Lists of values are restated here and checked
// against the contracts' types. The register page is the gateway's own (apps/gateway/src/reports/register).
import type {
  AssistanceKind,
  Channel,
  DossierIncompleteDetails,
  DossierRegister,
  DossierStatus,
  RegisterEntry,
  ResultDelivery,
} from '@motcua/contracts';

export type {
  AssistanceKind,
  BundleReceipt,
  Channel,
  DeskCatalogueView,
  DeskDossierView,
  DeskRefusal,
  DossierStatus,
  FeeChannel,
  HandOverResultToBody as HandOverBody,
  HandOverResultResponse as HandOverResponse,
  ProcedureRecord as CatalogueProcedure,
  Receipt,
  RefuseAtDeskBody,
  ResultDelivery,
  SubmitBundleBody,
  SubmitDossierBody,
  TimeLimitUnit,
} from '@motcua/contracts';

export const CHANNELS = ['counter', 'after-hours-counter', 'online', 'post', 'zalo', 'hamlet-point', 'outreach'] as const satisfies readonly Channel[];
export const RESULT_DELIVERIES = ['desk', 'post', 'home'] as const satisfies readonly ResultDelivery[];
export const ASSISTANCE_KINDS = ['hamlet-point', 'outreach', 'union-volunteer', 'desk-staff'] as const satisfies readonly AssistanceKind[];
export const DOSSIER_STATUSES = ['received', 'in-progress', 'supplement-requested', 'result-ready', 'handed-over', 'withdrawn'] as const satisfies readonly DossierStatus[];

/** The form 02 carried by a 422 dossier_incomplete in `details.supplementRequest`. */
export type SupplementRequestDetails = DossierIncompleteDetails['supplementRequest'];

/** GET /api/reports/register: tracking's line with the personal columns the gateway joins from intake. */
export interface RegisterLine extends RegisterEntry {
  applicantName: string | null;
  address: string | null;
  phone: string | null;
  setCount: number | null;
}
export interface RegisterPage extends Omit<DossierRegister, 'items'> {
  items: RegisterLine[];
}
