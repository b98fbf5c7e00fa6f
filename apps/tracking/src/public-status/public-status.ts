import type { PublicDossierStatus } from '@motcua/contracts';
import { PUBLIC_STATUS_TEXT } from '../progress/dossier-progress';

/** What the public reads while a dossier is off the main path: waiting for a supplement, refused, or withdrawn. */
export const DETOUR_TEXT = {
  'supplement-requested':
    'Hồ sơ cần bổ sung, hoàn thiện. Mời ông/bà liên hệ nơi nộp hồ sơ để biết giấy tờ cần bổ sung; thời gian giải quyết tạm dừng đến khi nhận đủ hồ sơ.',
  refused: 'Hồ sơ không được giải quyết. Mời ông/bà đến nơi nộp hồ sơ để nhận văn bản trả lời nêu rõ lý do.',
  'refusal-handed-over': 'Đã trả văn bản trả lời cho ông/bà.',
  withdrawn: 'Đã rút hồ sơ theo yêu cầu của công dân; hồ sơ dừng giải quyết.',
} as const;

function statusOf(row: DossierProgressRow): { status: string; statusText: string } {
  // Withdrawn at the citizen's request ("Công dân yêu cầu rút hồ sơ"): an end of processing, whatever it had reached.
  if (row.endKind === 'withdrawn') return { status: 'withdrawn', statusText: DETOUR_TEXT.withdrawn };
  if (row.endKind === 'refused') {
    return row.status === 'handed-over'
      ? { status: 'handed-over', statusText: DETOUR_TEXT['refusal-handed-over'] }
      : { status: 'refused', statusText: DETOUR_TEXT.refused };
  }
  if (row.pausedSince && !row.endKind) return { status: 'supplement-requested', statusText: DETOUR_TEXT['supplement-requested'] };
  return { status: row.status, statusText: PUBLIC_STATUS_TEXT[row.status] };
}
import type { DossierProgressRow } from '../progress/progress-store';

/**
 * The citizen's view of a dossier (the appointment shown is the one in force: moved by a supplement or an apology), or undefined while its reception is not known yet (nothing to show: no
 * procedure, no appointment). Built field by field from a projection that holds nothing personal.
 */
export function toPublicStatus(row: DossierProgressRow): PublicDossierStatus | undefined {
  if (!row.receivedAt || !row.appointmentAt) return undefined;
  return {
    dossierCode: row.dossierCode,
    // Routed carries only the procedure code: shown until the reception with its name arrives.
    procedureName: row.procedureName ?? row.procedureCode ?? '',
    ...statusOf(row),
    receivedAt: new Date(row.receivedAt).toISOString(),
    appointmentAt: new Date(row.currentAppointmentAt ?? row.appointmentAt).toISOString(),
    collectAt: row.collectAt,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
