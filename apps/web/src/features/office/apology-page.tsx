import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useStaff } from '../../auth/auth-context';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { factsFromTimeline, loadLetter } from './apology';
import { ApologyLetterDocument, type LetterFields } from './apology-letter';
import { fetchTimeline, findTransfer } from './office-api';
import { TextAreaField } from './text-area-field';
import type { TransferView } from './types';
import { useDraft } from './use-draft';

const AGENCY_KEY = 'motcua.office.agencyName.';

/** Form 04 on screen, with the blanks the system cannot fill editable, printed with the browser's print. */
export function ApologyPage() {
  const { t } = useTranslation('office');
  const { id = '' } = useParams();
  const staff = useStaff();
  const passed = (useLocation().state as { transfer?: TransferView } | null)?.transfer;
  const transfer = useApi(async (signal) => passed ?? (await findTransfer(id, signal)), [id]);
  const code = transfer.data?.dossierCode;
  const timeline = useApi(async (signal) => (code ? fetchTimeline(code, signal) : undefined), [code]);
  const stored = loadLetter(localStorage, id);
  const [fields, setFields] = useDraft<LetterFields>(`${id}.apology`, {
    agencyName: localStorage.getItem(AGENCY_KEY + staff.unitCode) ?? '',
    place: '',
    number: '',
    addressee: '',
    reason: stored?.reason ?? '',
  });
  const [agencyName, setAgencyName] = useState(fields.agencyName);
  useEffect(() => {
    if (agencyName.trim()) localStorage.setItem(AGENCY_KEY + staff.unitCode, agencyName.trim());
  }, [agencyName, staff.unitCode]);
  const set = (patch: Partial<LetterFields>) => setFields({ ...fields, ...patch });

  const t0 = transfer.data;
  const letter = stored ?? (t0 && { dossierCode: t0.dossierCode, procedureCode: t0.procedureCode, officeUnitCode: t0.toUnitCode, receivingUnitCode: t0.fromUnitCode });
  const facts = factsFromTimeline(timeline.data?.entries ?? []);

  return (
    <div className="office-apology">
      <Page
        title={t('apology.title')}
        actions={
          <>
            <Link className="btn" to={`/office/transfers/${encodeURIComponent(id)}`}>
              {t('apology.back')}
            </Link>
            <Button primary onClick={() => window.print()} disabled={!letter}>
              {t('apology.print')}
            </Button>
          </>
        }
      >
        <div className="office-no-print">
          <ErrorBanner error={transfer.error} />
          {t0 && !t0.delayed && <div className="banner banner-error">{t('apology.notDelayed')}</div>}
          {!stored && t0 && <p className="banner office-warn">{t('apology.notStored')}</p>}
          <details className="card office-letter-fields" open>
            <summary>{t('apology.blanks')}</summary>
            <div className="grid-2">
              <TextField label={t('apology.agencyName')} value={fields.agencyName} onChange={(v) => (set({ agencyName: v }), setAgencyName(v))} hint={t('apology.agencyHint')} autoFocus />
              <TextField label={t('apology.place')} value={fields.place} onChange={(v) => set({ place: v })} />
              <TextField label={t('apology.number')} value={fields.number} onChange={(v) => set({ number: v })} />
              <TextField label={t('apology.addressee')} value={fields.addressee} onChange={(v) => set({ addressee: v })} hint={t('apology.addresseeHint')} />
            </div>
            <TextAreaField label={t('apology.reason')} value={fields.reason} onChange={(v) => set({ reason: v })} rows={2} />
          </details>
        </div>
        {!letter && transfer.loading && <Loading label={t('detail.loading')} />}
        {letter && <ApologyLetterDocument letter={letter} facts={facts} fields={fields} />}
      </Page>
    </div>
  );
}
