import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { FieldShell } from '../../ui/field';

interface Props {
  reasons: string;
  onReasons: (text: string) => void;
  error?: string;
  busy: boolean;
  onRefuse: () => void;
  onCancel: () => void;
}

/** Refusal at the desk: the specific reasons, one per line, printed numbered on form 03. */
export function RefusalForm({ reasons, onReasons, error, busy, onRefuse, onCancel }: Props) {
  const { t } = useTranslation('desk');
  return (
    <section className="card desk-refusal" aria-labelledby="desk-refusal-title">
      <h2 id="desk-refusal-title">{t('refusal.title')}</h2>
      <FieldShell label={t('refusal.reasons')} hint={t('refusal.reasonsHint')} error={error}>
        {({ id, describedBy }) => (
          <textarea id={id} rows={4} autoFocus value={reasons} aria-describedby={describedBy} aria-invalid={error ? true : undefined} onChange={(e) => onReasons(e.target.value)} />
        )}
      </FieldShell>
      <div className="desk-actions">
        <Button danger busy={busy} onClick={onRefuse}>
          {t('refusal.submit')}
        </Button>
        <Button onClick={onCancel}>{t('refusal.cancel')}</Button>
      </div>
    </section>
  );
}
