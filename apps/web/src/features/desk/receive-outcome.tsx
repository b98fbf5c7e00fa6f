import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { formatDateTime } from './format';
import { bundleReceiptPrintPath, receiptPrintPath, refusalPrintPath, type IncompleteOutcome } from './outcome';
import { PrintButton } from './print-button';
import type { BundleReceipt, DeskRefusal, Receipt } from './types';

export type Outcome =
  | { kind: 'accepted'; receipt: Receipt }
  | { kind: 'bundle'; receipt: BundleReceipt }
  | { kind: 'incomplete'; incomplete: IncompleteOutcome } | { kind: 'refused'; refusal: DeskRefusal };

/** What came of the submission, with its form to print; focus moves here so the clerk can print with Enter. */
export function ReceiveOutcome({ outcome, onNext, onBack }: { outcome: Outcome; onNext: () => void; onBack: () => void }) {
  const { t } = useTranslation('desk');
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [outcome]);

  if (outcome.kind === 'accepted') {
    const r = outcome.receipt;
    return (
      <section ref={ref} tabIndex={-1} className="banner banner-ok desk-outcome" data-testid="desk-outcome" aria-live="polite">
        <h2>{t('outcome.accepted')}</h2>
        <dl className="desk-dl">
          <dt>{t('outcome.dossierCode')}</dt>
          <dd data-testid="desk-dossier-code" className="desk-code">
            {r.dossierCode}
          </dd>
          <dt>{t('receive.procedure')}</dt>
          <dd>
            {r.procedure.code} — {r.procedure.name}
          </dd>
          <dt>{t('outcome.appointment')}</dt>
          <dd data-testid="desk-appointment">{formatDateTime(r.appointmentAt)}</dd>
        </dl>
        <div className="desk-actions">
          <PrintButton primary path={receiptPrintPath(r.dossierCode)} testId="desk-print-01">
            {t('outcome.printReceipt')}
          </PrintButton>
          <Button onClick={onNext}>{t('outcome.next')}</Button>
        </div>
      </section>
    );
  }

  if (outcome.kind === 'bundle') {
    const r = outcome.receipt;
    return (
      <section ref={ref} tabIndex={-1} className="banner banner-ok desk-outcome" data-testid="desk-outcome" aria-live="polite">
        <h2>{t('bundle.accepted', { count: r.children.length })}</h2>
        <p>
          <strong>{r.bundle.name}</strong>
        </p>
        <table className="data desk-bundle-children" data-testid="desk-bundle-children">
          <thead>
            <tr>
              <th>{t('outcome.dossierCode')}</th>
              <th>{t('receive.procedure')}</th>
              <th>{t('outcome.appointment')}</th>
            </tr>
          </thead>
          <tbody>
            {r.children.map((c) => (
              <tr key={c.dossierCode} data-code={c.dossierCode}>
                <td className="desk-code">{c.dossierCode}</td>
                <td>
                  {c.procedure.code} — {c.procedure.name}
                </td>
                <td>{formatDateTime(c.appointmentAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {t('bundle.appointment')}: <strong data-testid="desk-appointment">{formatDateTime(r.appointmentAt)}</strong>
        </p>
        <div className="desk-actions">
          <PrintButton primary path={bundleReceiptPrintPath(r.bundleId)} testId="desk-print-01">
            {t('bundle.printReceipt')}
          </PrintButton>
          <Button onClick={onNext}>{t('outcome.next')}</Button>
        </div>
      </section>
    );
  }

  if (outcome.kind === 'incomplete') {
    const inc = outcome.incomplete;
    return (
      <section ref={ref} tabIndex={-1} className="banner desk-banner-warn desk-outcome" data-testid="desk-outcome" aria-live="polite">
        <h2>{t('outcome.incomplete')}</h2>
        {inc.number && <p>{t('outcome.formNumber', { number: inc.number })}</p>}
        <h3>{t('outcome.missingItems')}</h3>
        <ol data-testid="desk-missing-items">
          {inc.items.map((i) => (
            <li key={i.field}>
              {i.procedureName && <span className="muted">{i.procedureName}: </span>}
              {i.reason}
            </li>
          ))}
        </ol>
        <div className="desk-actions">
          {inc.printPath ? (
            <PrintButton primary path={inc.printPath} testId="desk-print-02">
              {t('outcome.printSupplement')}
            </PrintButton>
          ) : (
            <p className="muted">{t('outcome.noSupplementId')}</p>
          )}
          <Button onClick={onBack}>{t('outcome.backToForm')}</Button>
          <Button onClick={onNext}>{t('outcome.next')}</Button>
        </div>
      </section>
    );
  }

  const f = outcome.refusal;
  return (
    <section ref={ref} tabIndex={-1} className="banner banner-error desk-outcome" data-testid="desk-outcome" aria-live="polite">
      <h2>{t('outcome.refused')}</h2>
      <p>{t('outcome.formNumber', { number: f.number })}</p>
      <ol>
        {f.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ol>
      <div className="desk-actions">
        <PrintButton primary path={refusalPrintPath(f.id)} testId="desk-print-03">
          {t('outcome.printRefusal')}
        </PrintButton>
        <Button onClick={onNext}>{t('outcome.next')}</Button>
      </div>
    </section>
  );
}
