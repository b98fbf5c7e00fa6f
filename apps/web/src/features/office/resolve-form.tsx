import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/field';
import { ActionForm, fieldMessage } from './action-form';
import { validateResolve } from './forms';
import { TextAreaField } from './text-area-field';
import type { TransferView } from './types';
import { useDraft } from './use-draft';
import { useOfficeAction, type ActionCallbacks } from './use-office-action';

interface Props {
  transfer: TransferView;
  callbacks: ActionCallbacks;
  onCancel: () => void;
}

/** The handler's result (POST /api/transfers/:id/resolve); where the procedure needs it, it then waits for the head. */
export function ResolveForm({ transfer, callbacks, onCancel }: Props) {
  const { t } = useTranslation('office');
  const [draft, setDraft, clear] = useDraft(`${transfer.transferId}.resolve`, { resultRef: '', summary: '' });
  const state = useOfficeAction(transfer, 'resolve', {
    ...callbacks,
    onDone: (updated, action) => {
      clear();
      callbacks.onDone(updated, action);
    },
  });
  const submit = () => {
    const body = { resultRef: draft.resultRef.trim(), summary: draft.summary.trim() };
    void state.submit(body, validateResolve(draft));
  };
  return (
    <ActionForm title={t('resolve.title')} state={state} submitLabel={t('resolve.submit')} onSubmit={submit} onCancel={onCancel}>
      <TextField
        label={t('resolve.resultRef')}
        hint={t('resolve.resultRefHint')}
        value={draft.resultRef}
        onChange={(resultRef) => setDraft({ ...draft, resultRef })}
        error={fieldMessage(state, 'resultRef', t)}
        maxLength={120}
        autoFocus
      />
      <TextAreaField
        label={t('resolve.summary')}
        hint={t('resolve.summaryHint')}
        value={draft.summary}
        onChange={(summary) => setDraft({ ...draft, summary })}
        error={fieldMessage(state, 'summary', t)}
        maxLength={1000}
      />
    </ActionForm>
  );
}
