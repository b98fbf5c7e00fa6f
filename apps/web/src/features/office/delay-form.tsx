import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../ui/field';
import { ActionForm, fieldMessage } from './action-form';
import { vnDateTime } from './dates';
import { validateDelay, vietnamIso } from './forms';
import { TextAreaField } from './text-area-field';
import type { TransferView } from './types';
import { useDraft } from './use-draft';
import { useOfficeAction, type ActionCallbacks } from './use-office-action';

interface Props {
  transfer: TransferView;
  callbacks: ActionCallbacks;
  onCancel: () => void;
}

/**
 * The office will be late: an apology with the reason and a new appointment (form 04; POST …/delay). Relay allows
 * it once, at least one working day before the appointment. Relay keeps what was declared; the letter reads it back.
 */
export function DelayForm({ transfer, callbacks, onCancel }: Props) {
  const { t } = useTranslation('office');
  const [draft, setDraft, clear] = useDraft(`${transfer.transferId}.delay`, { reason: '', date: '', time: '17:00' });
  const state = useOfficeAction(transfer, 'delay', {
    ...callbacks,
    onDone: (updated, action) => {
      clear();
      callbacks.onDone(updated, action);
    },
  });
  const submit = () => {
    const problems = validateDelay(draft, new Date());
    const newAppointmentAt = vietnamIso(draft.date, draft.time || '17:00');
    void state.submit({ reason: draft.reason.trim(), newAppointmentAt }, problems);
  };
  const dateError = fieldMessage(state, 'newAppointmentAt', t);
  return (
    <ActionForm title={t('delay.title')} state={state} submitLabel={t('delay.submit')} onSubmit={submit} onCancel={onCancel}>
      <p className="muted">{t('delay.rules', { due: vnDateTime(transfer.dueAt) })}</p>
      <TextAreaField
        label={t('delay.reason')}
        hint={t('delay.reasonHint')}
        value={draft.reason}
        onChange={(reason) => setDraft({ ...draft, reason })}
        error={fieldMessage(state, 'reason', t)}
        maxLength={1000}
        autoFocus
      />
      <div className="grid-2">
        <FieldShell label={t('delay.newDate')} error={dateError}>
          {({ id, describedBy }) => (
            <input id={id} type="date" value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} aria-invalid={dateError ? true : undefined} aria-describedby={describedBy} />
          )}
        </FieldShell>
        <FieldShell label={t('delay.newTime')}>
          {({ id, describedBy }) => <input id={id} type="time" value={draft.time} onChange={(e) => setDraft({ ...draft, time: e.target.value })} aria-describedby={describedBy} />}
        </FieldShell>
      </div>
    </ActionForm>
  );
}
