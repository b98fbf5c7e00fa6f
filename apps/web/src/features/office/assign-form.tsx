import { useTranslation } from 'react-i18next';
import { useStaff } from '../../auth/auth-context';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { ActionForm, fieldMessage } from './action-form';
import { mayAssignOthers } from './actions';
import type { Problems } from './forms';
import type { TransferView } from './types';
import { useDraft } from './use-draft';
import { useOfficeAction, type ActionCallbacks } from './use-office-action';

interface Props {
  transfer: TransferView;
  callbacks: ActionCallbacks;
  onCancel: () => void;
}

/**
 * Assign the transfer (POST …/assign): a handler takes it on themselves; the head may name another handler by
 * account id (the gateway gives office staff no list of their colleagues — see the report).
 */
export function AssignForm({ transfer, callbacks, onCancel }: Props) {
  const { t } = useTranslation('office');
  const staff = useStaff();
  const head = mayAssignOthers(staff.roles);
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
    const id = draft.assigneeStaffId.trim();
    const problems: Problems = id ? {} : { assigneeStaffId: 'required' };
    void state.submit({ assigneeStaffId: id }, problems);
  };
  return (
    <ActionForm title={t('assign.title')} state={state} submitLabel={head ? t('assign.submit') : t('assign.toMe')} onSubmit={submit} onCancel={onCancel}>
      {head ? (
        <>
          <TextField
            label={t('assign.assignee')}
            hint={t('assign.assigneeHint')}
            value={draft.assigneeStaffId}
            onChange={(assigneeStaffId) => setDraft({ assigneeStaffId })}
            error={fieldMessage(state, 'assigneeStaffId', t)}
            maxLength={64}
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
