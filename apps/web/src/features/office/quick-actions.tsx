import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { ActionForm } from './action-form';
import type { TransferView } from './types';
import { useOfficeAction, type ActionCallbacks } from './use-office-action';

interface Props {
  transfer: TransferView;
  callbacks: ActionCallbacks;
}

/** Acknowledge receipt (POST …/acknowledge): one click, the handover is signed for on form 05. */
export function AcknowledgeButton({ transfer, callbacks }: Props) {
  const { t } = useTranslation('office');
  const state = useOfficeAction(transfer, 'acknowledge', callbacks);
  return (
    <div className="office-quick">
      <ErrorBanner error={state.error} />
      <Button primary busy={state.busy} onClick={() => void state.submit({})} autoFocus>
        {t('actions.acknowledge')}
      </Button>
    </div>
  );
}

/** The head approves and signs the handler's result (POST …/approve); it then goes back to the desk. */
export function ApproveForm({ transfer, callbacks, onCancel }: Props & { onCancel: () => void }) {
  const { t } = useTranslation('office');
  const state = useOfficeAction(transfer, 'approve', callbacks);
  return (
    <ActionForm title={t('approve.title')} state={state} submitLabel={t('approve.submit')} onSubmit={() => void state.submit({})} onCancel={onCancel}>
      <p>
        {t('approve.result')}: <strong data-testid="office-result-ref">{transfer.resultRef ?? '—'}</strong>
      </p>
      <p className="muted">{t('approve.explain')}</p>
    </ActionForm>
  );
}
