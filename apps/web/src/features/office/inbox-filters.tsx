import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/field';
import type { DeadlineFilter, InboxQuery } from './office-api';
import { TRANSFER_STATUSES, type TransferStatus } from './types';

interface Props {
  query: InboxQuery;
  onChange: (next: InboxQuery) => void;
  /** Auditors have nothing assigned to them: no "mine" box. */
  canBeAssigned: boolean;
}

const DEADLINES: DeadlineFilter[] = ['late', 'near-late', 'not-yet-due'];

/** Status, deadline and "assigned to me": each change reloads the list (the filters live in the address). */
export function InboxFilters({ query, onChange, canBeAssigned }: Props) {
  const { t } = useTranslation('office');
  return (
    <form className="office-filters" role="search" aria-label={t('inbox.filters')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label={t('inbox.status')}
        value={query.status ?? ''}
        onChange={(v) => onChange({ ...query, status: (v || undefined) as TransferStatus | undefined, page: 1 })}
        options={[{ value: '', label: t('inbox.all') }, ...TRANSFER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        autoFocus
      />
      <SelectField
        label={t('inbox.deadline')}
        value={query.deadline ?? ''}
        onChange={(v) => onChange({ ...query, deadline: (v || undefined) as DeadlineFilter | undefined, page: 1 })}
        options={[{ value: '', label: t('inbox.all') }, ...DEADLINES.map((d) => ({ value: d, label: t(`deadlineFilter.${d}`) }))]}
        hint={t('inbox.deadlineHint')}
      />
      {canBeAssigned && (
        <label className="office-check">
          <input type="checkbox" checked={!!query.mine} onChange={(e) => onChange({ ...query, mine: e.target.checked || undefined, page: 1 })} /> {t('inbox.mine')}
        </label>
      )}
    </form>
  );
}
