/** `<agency identifier code>-<yymmdd>-<sequence>` (Decree 61/2018 art. 26; DOMAIN.md §2.2). */
export const DOSSIER_CODE_PATTERN = /^[A-Z0-9.]+-\d{6}-\d{4,}$/;

export function formatDossierCode(agencyCode: string, yymmdd: string, sequence: number): string {
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}
