import { useTranslation } from 'react-i18next';
import { useStaff } from '../../auth/auth-context';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/field';
import { ActionForm, fieldMessage } from './action-form';
import { mayAssignOthers } from './actions';
import { assigneeOptions } from './colleagues';
import type { Problems } from './forms';
import type { TransferView } from './types';
import { useColleagues } from './use-colleagues';
import { useDraft } from './use-draft';
import { useOfficeAction, type ActionCallbacks } from './use-office-action';

interface Props {
  transfer: TransferView;
  callbacks: ActionCallbacks;
  onCancel: () => void;
}

/**
 * Assign the transfer (POST …/assign): a handler takes it on themselves; the head picks a colleague of the office
 * by name (GET /api/office/staff) or takes it on.
 */
export function AssignForm({ transfer, callbacks, onCancel }: Props) {
  const { t } = useTranslation('office');
  const staff = useStaff();
  const head = mayAssignOthers(staff.roles);
  const colleagues = useColleagues();
  const options = assigneeOptions(colleagues.list, staff.id);
  const [draft, setDraft, clear] = useDraft(`${transfer.transferId}.assign`, { assigneeStaffId: '' });
  const state = useOfficeAction(transfer, 'assign', {
    ...callbacks,
    onDone: (updated, action) => {
      clear();
      callbacks.onDone(updated, action);
    },
  });
  const toMe = () => void state.submit({ assigneeStaffId: staff.id });
  const submit = () => {
    if (!head) return toMe();
    const id = draft.assigneeStaffId;
    const problems: Problems = id ? {} : { assigneeStaffId: 'required' };
    void state.submit({ assigneeStaffId: id }, problems);
  };
  return (
    <ActionForm title={t('assign.title')} state={state} submitLabel={head ? t('assign.submit') : t('assign.toMe')} onSubmit={submit} onCancel={onCancel}>
      {head ? (
        <>
          <ErrorBanner error={colleagues.error} />
          <SelectField
            label={t('assign.assignee')}
            hint={colleagues.loading ? t('assign.loadingStaff') : options.length === 0 ? t('assign.noColleagues') : t('assign.assigneeHint')}
            value={draft.assigneeStaffId}
            onChange={(assigneeStaffId) => setDraft({ assigneeStaffId })}
            options={[{ value: '', label: t('assign.choose') }, ...options]}
            error={fieldMessage(state, 'assigneeStaffId', t)}
            disabled={colleagues.loading}
            autoFocus
          />
          <p>
            <Button onClick={toMe} disabled={state.busy}>
              {t('assign.toMe')}
            </Button>
          </p>
        </>
      ) : (
        <p>{t('assign.handlerExplains')}</p>
      )}
    </ActionForm>
  );
}
