import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaff } from '../../auth/auth-context';
import { vnShort } from './dates';
import { DeadlineBadge } from './deadline-badge';
import type { TransferView } from './types';

/** The transfer's facts: codes, where from, status, deadline, who handles it, the result so far. */
export function TransferSummary({ transfer, now }: { transfer: TransferView; now: Date }) {
  const { t } = useTranslation('office');
  const staff = useStaff();
  const rows: [string, ReactNode, string?][] = [
    [t('field.status'), <strong>{t(`status.${transfer.status}`)}</strong>, 'status'],
    [t('field.deadline'), <>
      <DeadlineBadge transfer={transfer} now={now} /> <span>{vnShort(transfer.dueAt)}</span>
    </>],
    [t('field.procedure'), transfer.procedureCode],
    [t('field.from'), transfer.fromUnitCode],
    [t('field.sentAt'), vnShort(transfer.sentAt)],
    [t('field.acknowledgedAt'), transfer.acknowledgedAt ? vnShort(transfer.acknowledgedAt) : '—'],
    [t('field.assignedTo'), assignee(transfer.assignedTo, staff.id, staff.displayName, t)],
    [t('field.resultRef'), transfer.resultRef ?? '—'],
    [t('field.resolvedAt'), transfer.resolvedAt ? vnShort(transfer.resolvedAt) : '—'],
    [t('field.supplements'), String(transfer.supplementCount)],
    [t('field.delayed'), transfer.delayed ? t('yes') : t('no')],
  ];
  if (transfer.paperDueAt) rows.push([t('field.paper'), transfer.paperSentAt ? t('paper.sent', { at: vnShort(transfer.paperSentAt) }) : t('paper.due', { at: vnShort(transfer.paperDueAt) })]);
  return (
    <dl className="office-facts">
      {rows.map(([label, value, id]) => (
        <div key={label} data-field={id}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function assignee(assignedTo: string | null, myId: string, myName: string, t: (key: string, o?: Record<string, unknown>) => string): string {
  if (!assignedTo) return t('assignee.nobody');
  return assignedTo === myId ? t('assignee.me', { name: myName }) : t('assignee.other', { id: assignedTo });
}
