import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField, TextField } from '../../ui/field';
import { handOver } from './desk-api';
import { handOverBody } from './hand-over';
import { fieldErrors, outcomeUnknown } from './outcome';
import { RESULT_DELIVERIES, type DeskDossierView, type HandOverResponse, type ResultDelivery } from './types';
import { tidyName } from './vietnamese-text';

/** Hands a result over (at the desk, by post, at home), recording who received it. */
export function HandOverForm({ dossier, onDone, onCancel }: { dossier: DeskDossierView; onDone: (r: HandOverResponse) => void; onCancel: () => void }) {
  const { t } = useTranslation('desk');
  const { t: tc } = useTranslation();
  // the delivery the citizen chose at intake, which the clerk may still change (they came to the desk after all)
  const [method, setMethod] = useState<ResultDelivery>(dossier.resultDelivery);
  const [kind, setKind] = useState<'applicant' | 'authorised'>('applicant');
  const [fullName, setFullName] = useState('');
  const [authorisationRef, setAuthorisationRef] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [attempted, setAttempted] = useState(false);
  const key = useRef(crypto.randomUUID());
  const nameProblem = kind === 'authorised' && tidyName(fullName).length < 2;
  const server = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setAttempted(true);
    if (nameProblem) return;
    setBusy(true);
    setError(undefined);
    try {
      onDone(await handOver(dossier.dossierCode, handOverBody(method, kind, fullName, authorisationRef), key.current));
    } catch (err) {
      setError(err);
      if (!outcomeUnknown(err)) key.current = crypto.randomUUID();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card desk-handover" onSubmit={(e) => void submit(e)} noValidate aria-label={t('handOver.title', { code: dossier.dossierCode })}>
      <h2>{t('handOver.title', { code: dossier.dossierCode })}</h2>
      <p className="muted">
        {dossier.procedureName}
        {' · '}
        {t('handOver.applicantName', { name: dossier.applicantName })}
        {' · '}
        {t('handOver.chosenDelivery', { delivery: t(`deliveries.${dossier.resultDelivery}`) })}
      </p>
      <ErrorBanner error={error} />
      <div className="grid-2">
        <SelectField
          label={t('handOver.method')}
          value={method}
          onChange={(v) => setMethod(v as ResultDelivery)}
          options={RESULT_DELIVERIES.map((d) => ({ value: d, label: t(`deliveries.${d}`) }))}
          autoFocus
          error={server.method}
        />
        <SelectField
          label={t('handOver.recipient')}
          value={kind}
          onChange={(v) => setKind(v as 'applicant' | 'authorised')}
          options={[
            { value: 'applicant', label: t('handOver.applicant') },
            { value: 'authorised', label: t('handOver.authorised') },
          ]}
        />
        {kind === 'authorised' && (
          <>
            <TextField
              label={t('handOver.recipientName')}
              value={fullName}
              onChange={setFullName}
              error={(attempted && nameProblem ? t('errors.recipientName') : undefined) ?? server['recipient.fullName']}
            />
            <TextField label={t('handOver.authorisationRef')} value={authorisationRef} onChange={setAuthorisationRef} error={server['recipient.authorisationRef']} />
          </>
        )}
      </div>
      <div className="desk-actions">
        <Button type="submit" primary busy={busy}>
          {t('handOver.submit')}
        </Button>
        <Button onClick={onCancel}>{tc('cancel')}</Button>
      </div>
    </form>
  );
}
