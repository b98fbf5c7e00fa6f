import type { PublicDossierStatus } from '@motcua/contracts';
import { PUBLIC_STATUS_TEXT } from '../progress/dossier-progress';
import type { DossierProgressRow } from '../progress/progress-store';

/**
 * The citizen's view of a dossier, or undefined while its reception is not known yet (nothing to show: no
 * procedure, no appointment). Built field by field from a projection that holds nothing personal.
 */
export function toPublicStatus(row: DossierProgressRow): PublicDossierStatus | undefined {
  if (!row.receivedAt || !row.appointmentAt) return undefined;
  return {
    dossierCode: row.dossierCode,
    // Routed carries only the procedure code: shown until the reception with its name arrives.
    procedureName: row.procedureName ?? row.procedureCode ?? '',
    status: row.status,
    statusText: PUBLIC_STATUS_TEXT[row.status],
    receivedAt: new Date(row.receivedAt).toISOString(),
    appointmentAt: new Date(row.appointmentAt).toISOString(),
    collectAt: row.collectAt,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
