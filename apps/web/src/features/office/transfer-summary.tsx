import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaff } from '../../auth/auth-context';
import { assigneeLabel } from './colleagues';
import { vnShort } from './dates';
import { DeadlineBadge } from './deadline-badge';
import type { TransferView } from './types';
import { useColleagues } from './use-colleagues';

/** The transfer's facts: codes, where from, status, deadline, who handles it, the result so far. */
export function TransferSummary({ transfer, now }: { transfer: TransferView; now: Date }) {
  const { t } = useTranslation('office');
  const staff = useStaff();
  const { names } = useColleagues();
  const rows: [string, ReactNode, string?][] = [
    [t('field.status'), <strong>{t(`status.${transfer.status}`)}</strong>, 'status'],
    [t('field.deadline'), <>
      <DeadlineBadge transfer={transfer} now={now} /> <span>{vnShort(transfer.dueAt)}</span>
    </>],
    [t('field.procedure'), transfer.procedureName ? t('named', { name: transfer.procedureName, code: transfer.procedureCode }) : transfer.procedureCode, 'procedure'],
    [t('field.from'), transfer.receivingUnitName ? t('named', { name: transfer.receivingUnitName, code: transfer.fromUnitCode }) : transfer.fromUnitCode, 'from'],
    [t('field.receivedAt'), transfer.receivedAt ? vnShort(transfer.receivedAt) : '—'],
    [t('field.appointmentAt'), transfer.appointmentAt ? vnShort(transfer.appointmentAt) : '—', 'appointment'],
    [t('field.sentAt'), vnShort(transfer.sentAt)],
    [t('field.acknowledgedAt'), transfer.acknowledgedAt ? vnShort(transfer.acknowledgedAt) : '—'],
    [t('field.assignedTo'), assigneeLabel(transfer.assignedTo, staff, names, t), 'assignee'],
    [t('field.resultRef'), transfer.resultRef ?? '—'],
    [t('field.resolvedAt'), transfer.resolvedAt ? vnShort(transfer.resolvedAt) : '—'],
    [t('field.supplements'), String(transfer.supplementCount)],
    [t('field.delayed'), transfer.delay ? t('delayedInfo', { reason: transfer.delay.reason, at: vnShort(transfer.delay.newAppointmentAt) }) : transfer.delayed ? t('yes') : t('no'), 'delay'],
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

