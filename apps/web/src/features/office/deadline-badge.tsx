import { useTranslation } from 'react-i18next';
import { deadlineColour, deadlineTone, OPEN_STATUSES, remaining } from './deadline';
import type { TransferView } from './types';

/** The deadline's colour with words (never colour alone), and the time left or overdue while the clock runs. */
export function DeadlineBadge({ transfer, now }: { transfer: TransferView; now: Date }) {
  const { t } = useTranslation('office');
  const tone = deadlineTone(transfer, now);
  const left = OPEN_STATUSES.includes(transfer.status) ? remaining(transfer.dueAt, now) : undefined;
  return (
    <span className="office-deadline" data-tone={tone}>
      <span className={`badge badge-${deadlineColour(tone)}`}>{tone.startsWith('done-') ? t(`finished.${transfer.timeliness}`, { defaultValue: t(`tone.${tone}`) }) : t(`tone.${tone}`)}</span>
      {left && <span className={`office-left office-left-${deadlineColour(tone)}`}>{t(left.overdue ? 'left.overdue' : 'left.remaining', { amount: t(`unit.${left.unit}`, { count: left.count }) })}</span>}
    </span>
  );
}
