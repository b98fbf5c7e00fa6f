import { useTranslation } from 'react-i18next';
import { ActionForm, fieldMessage } from './action-form';
import { refusalReasons, validateRefuse } from './forms';
import { TextAreaField } from './text-area-field';
import type { TransferView } from './types';
import { useDraft } from './use-draft';
import { useOfficeAction, type ActionCallbacks } from './use-office-action';

interface Props {
  transfer: TransferView;
  callbacks: ActionCallbacks;
  onCancel: () => void;
}

/** Refuse to settle, with reasons that reach the citizen in writing (POST /api/transfers/:id/refuse). */
export function RefuseForm({ transfer, callbacks, onCancel }: Props) {
  const { t } = useTranslation('office');
  const [draft, setDraft, clear] = useDraft(`${transfer.transferId}.refuse`, { reasons: '' });
  const state = useOfficeAction(transfer, 'refuse', {
    ...callbacks,
    onDone: (updated, action) => {
      clear();
      callbacks.onDone(updated, action);
    },
  });
  const submit = () => void state.submit({ reasons: refusalReasons(draft.reasons) }, validateRefuse(draft.reasons));
  return (
    <ActionForm title={t('refuse.title')} state={state} submitLabel={t('refuse.submit')} onSubmit={submit} onCancel={onCancel} danger>
      <TextAreaField
        label={t('refuse.reasons')}
        hint={t('refuse.reasonsHint')}
        value={draft.reasons}
        onChange={(reasons) => setDraft({ reasons })}
        error={fieldMessage(state, 'reasons', t) ?? firstReasonError(state.serverFields)}
        rows={4}
        autoFocus
      />
    </ActionForm>
  );
}

/** The gateway names a bad reason `reasons[2]`: shown on the one field. */
function firstReasonError(fields: Record<string, string>): string | undefined {
  const key = Object.keys(fields).find((f) => f.startsWith('reasons['));
  return key ? `${key}: ${fields[key]}` : undefined;
}
