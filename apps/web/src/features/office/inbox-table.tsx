import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStaff } from '../../auth/auth-context';
import { assigneeLabel } from './colleagues';
import { vnShort } from './dates';
import { deadlineColour, deadlineTone } from './deadline';
import { DeadlineBadge } from './deadline-badge';
import type { TransferView } from './types';
import { useColleagues } from './use-colleagues';

/** The inbox rows, already in urgency order; the dossier code opens the transfer. */
export function InboxTable({ items, now }: { items: TransferView[]; now: Date }) {
  const { t } = useTranslation('office');
  const staff = useStaff();
  const { names } = useColleagues();
  return (
    <table className="data office-inbox">
      <caption className="office-sr-only">{t('inbox.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('field.deadline')}</th>
          <th scope="col">{t('field.dossierCode')}</th>
          <th scope="col">{t('field.procedure')}</th>
          <th scope="col">{t('field.from')}</th>
          <th scope="col">{t('field.status')}</th>
          <th scope="col">{t('field.assignedTo')}</th>
          <th scope="col">{t('field.sentAt')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const colour = deadlineColour(deadlineTone(item, now));
          return (
            <tr key={item.transferId} className={`office-row office-row-${colour}`} data-dossier={item.dossierCode}>
              <td>
                <DeadlineBadge transfer={item} now={now} />
                <div className="muted">{vnShort(item.dueAt)}</div>
              </td>
              <td>
                <Link to={`/office/transfers/${encodeURIComponent(item.transferId)}`} state={{ transfer: item }}>
                  {item.dossierCode}
                </Link>
                {item.delayed && <div className="muted">{t('inbox.delayed')}</div>}
              </td>
              <td title={item.procedureName ?? undefined}>
                {item.procedureCode}
                {item.procedureName && <div className="muted office-clip">{item.procedureName}</div>}
              </td>
              <td>{item.receivingUnitName ?? item.fromUnitCode}</td>
              <td data-status={item.status}>{t(`status.${item.status}`)}</td>
              <td>{assigneeLabel(item.assignedTo, staff, names, t)}</td>
              <td>{vnShort(item.sentAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
