import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import type { OfficeActionState } from './use-office-action';

interface Props {
  title: string;
  state: OfficeActionState;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  danger?: boolean;
  children: ReactNode;
}

/** The frame of each action's form: heading, the error banner, the fields, submit (Enter) and cancel (Esc). */
export function ActionForm({ title, state, submitLabel, onSubmit, onCancel, danger, children }: Props) {
  const { t } = useTranslation('office');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  const invalid = Object.keys(state.problems).length > 0;
  return (
    <form className="card office-action-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} aria-label={title} noValidate>
      <h2>{title}</h2>
      {invalid && (
        <div className="banner banner-error" role="alert">
          {t('validation.fixFields')}
        </div>
      )}
      <ErrorBanner error={state.error} />
      {children}
      <div className="office-form-buttons">
        <Button type="submit" primary={!danger} danger={danger} busy={state.busy}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={state.busy}>
          {t('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The message for a field: this screen's check first, else what the gateway said about it. */
export function fieldMessage(state: OfficeActionState, field: string, t: (key: string) => string): string | undefined {
  const problem = state.problems[field];
  return problem ? t(`validation.${problem}`) : state.serverFields[field];
}
