import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { EMPTY_FIELDS, letterFacts, type LetterFields } from './apology';
import { ApologyLetterDocument } from './apology-letter';
import { fetchTransfer } from './office-api';
import { TextAreaField } from './text-area-field';
import type { TransferView } from './types';
import { useDraft } from './use-draft';

/**
 * Form 04 on screen, filled from the transfer as relay keeps it (reception, appointments, reason, names), with
 * the blanks the system cannot know editable; printed with the browser's print.
 */
export function ApologyPage() {
  const { t } = useTranslation('office');
  const { id = '' } = useParams();
  const passed = (useLocation().state as { transfer?: TransferView } | null)?.transfer;
  const loaded = useApi((signal) => fetchTransfer(id, signal), [id]);
  const transfer = loaded.data ?? passed;
  const [fields, setFields] = useDraft<LetterFields>(`${id}.apology`, EMPTY_FIELDS);
  const set = (patch: Partial<LetterFields>) => setFields({ ...fields, ...patch });
  const facts = transfer && letterFacts(transfer);

  return (
    <div className="office-apology">
      <Page
        title={t('apology.title')}
        actions={
          <>
            <Link className="btn" to={`/office/transfers/${encodeURIComponent(id)}`}>
              {t('apology.back')}
            </Link>
            <Button primary onClick={() => window.print()} disabled={!facts?.newAppointmentAt}>
              {t('apology.print')}
            </Button>
          </>
        }
      >
        <div className="office-no-print">
          <ErrorBanner error={loaded.error} />
          {transfer && !transfer.delay && <div className="banner banner-error">{t('apology.notDelayed')}</div>}
          {facts && (
            <details className="card office-letter-fields" open>
              <summary>{t('apology.blanks')}</summary>
              <div className="grid-2">
                <TextField label={t('apology.agencyName')} value={fields.agencyName ?? facts.office} onChange={(v) => set({ agencyName: v })} hint={t('apology.agencyHint')} autoFocus />
                <TextField label={t('apology.place')} value={fields.place} onChange={(v) => set({ place: v })} />
                <TextField label={t('apology.number')} value={fields.number} onChange={(v) => set({ number: v })} />
                <TextField label={t('apology.addressee')} value={fields.addressee} onChange={(v) => set({ addressee: v })} hint={t('apology.addresseeHint')} />
              </div>
              <TextAreaField label={t('apology.reason')} value={fields.reason ?? facts.reason} onChange={(v) => set({ reason: v })} rows={2} hint={t('apology.reasonHint')} />
            </details>
          )}
        </div>
        {!facts && loaded.loading && <Loading label={t('detail.loading')} />}
        {facts && <ApologyLetterDocument facts={facts} fields={fields} />}
      </Page>
    </div>
  );
}
