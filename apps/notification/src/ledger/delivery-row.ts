import type { DeliveryStatusName } from '@motcua/contracts';
import type { DeliveryChannel, TemplateName } from '../templates/message-templates';

export type DeliveryStatus = DeliveryStatusName;

/** One message to one recipient on one channel, as the ledger keeps it. */
export interface DeliveryRow {
  id: string;
  eventKey: string;
  recipientKey: string;
  audience: 'citizen' | 'staff';
  dossierCode: string | null;
  unitCode: string | null;
  template: TemplateName;
  templateVersion: number;
  channel: DeliveryChannel;
  address: string;
  subject: string | null;
  body: string;
  /** The placeholder values it was rendered from: ZNS sends these, and a fallback re-renders them for its channel. */
  params: Record<string, string>;
  providerTemplateId: string | null;
  /** Zalo: the values of the placeholders its ZNS template has (ZNS takes exactly those). */
  providerParams: Record<string, string> | null;
  status: DeliveryStatus;
  attempts: number;
  provider: string | null;
  providerRef: string | null;
  lastError: string | null;
  fallbackOf: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
  updatedAt: Date;
  deliveredAt: Date | null;
  reportedAt: Date | null;
}

export const toRow = (r: any): DeliveryRow => ({
  id: r.id,
  eventKey: r.event_key,
  recipientKey: r.recipient_key,
  audience: r.audience,
  dossierCode: r.dossier_code,
  unitCode: r.unit_code,
  template: r.template,
  templateVersion: r.template_version,
  channel: r.channel,
  address: r.address,
  subject: r.subject,
  body: r.body,
  params: r.params ?? {},
  providerTemplateId: r.provider_template_id,
  providerParams: r.provider_params,
  status: r.status,
  attempts: r.attempts,
  provider: r.provider,
  providerRef: r.provider_ref,
  lastError: r.last_error,
  fallbackOf: r.fallback_of,
  nextAttemptAt: r.next_attempt_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  deliveredAt: r.delivered_at,
  reportedAt: r.reported_at,
});

/** node-postgres answers UPDATE … RETURNING through TypeORM as [rows, count]; INSERT/SELECT as rows. */
export const returned = (result: any): any[] => (Array.isArray(result?.[0]) ? result[0] : result);
