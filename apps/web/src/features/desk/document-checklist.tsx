import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskProcedure } from './catalogue';
import type { DocumentEntry } from './receive-form';

interface Props {
  procedure: DeskProcedure;
  entries: DocumentEntry[];
  onChange: (index: number, entry: DocumentEntry) => void;
  errorFor: (path: string) => string | undefined;
  onBlurField: (path: string) => void;
  /** Field paths under a bundle's member (`members[1].`), as the gateway names them. */
  prefix?: string;
}

/** The procedure's required documents as a checklist: handed in, how many, written on behalf (and by whom). */
export function DocumentChecklist({ procedure, entries, onChange, errorFor, onBlurField, prefix = '' }: Props) {
  const { t } = useTranslation('desk');
  const baseId = useId();
  return (
    <table className="data desk-checklist">
      <caption className="desk-caption">
        {t('receive.checklist')} <span className="muted">({t('receive.freeOfCharge')})</span>
      </caption>
      <thead>
        <tr>
          <th>{t('receive.docPresent')}</th>
          <th>{t('receive.docName')}</th>
          <th>{t('receive.docForm')}</th>
          <th>{t('receive.docCount')}</th>
          <th>{t('receive.docOnBehalf')}</th>
        </tr>
      </thead>
      <tbody>
        {procedure.documents.map((doc, i) => {
          const e = entries[i] ?? { present: false, count: doc.count, writtenOnBehalf: false, helperName: '' };
          const set = (patch: Partial<DocumentEntry>) => onChange(i, { ...e, ...patch });
          const missing = errorFor(`${prefix}documents.${doc.code}`);
          const countError = errorFor(`${prefix}documents[${i}].count`);
          const helperError = errorFor(`${prefix}documents[${i}].writtenOnBehalfBy`);
          const ids = { missing: `${baseId}-${i}-missing`, count: `${baseId}-${i}-count`, helper: `${baseId}-${i}-helper` };
          return (
            <tr key={doc.name} className={missing ? 'desk-row-missing' : undefined} data-testid={`desk-doc-${i}`}>
              <td>
                <input
                  type="checkbox"
                  checked={e.present}
                  aria-label={t('receive.presentFor', { doc: doc.name })}
                  aria-describedby={missing ? ids.missing : undefined}
                  onChange={(ev) => set({ present: ev.target.checked })}
                />
              </td>
              <td>
                {doc.name}
                {missing && (
                  <div id={ids.missing} className="field-error" role="alert">
                    {missing}
                  </div>
                )}
              </td>
              <td>
                {t(`receive.${doc.form}`)} × {doc.count}
              </td>
              <td>
                <input
                  type="number"
                  min={1}
                  max={50}
                  className="desk-count"
                  value={e.count}
                  disabled={!e.present}
                  aria-label={t('receive.countFor', { doc: doc.name })}
                  aria-invalid={countError ? true : undefined}
                  aria-describedby={countError ? ids.count : undefined}
                  onChange={(ev) => set({ count: Number(ev.target.value) })}
                  onBlur={() => onBlurField(`${prefix}documents[${i}].count`)}
                />
                {countError && (
                  <div id={ids.count} className="field-error" role="alert">
                    {countError}
                  </div>
                )}
              </td>
              <td>
                {doc.fillOnBehalf ? (
                  <>
                    <label className="desk-inline">
                      <input
                        type="checkbox"
                        checked={e.writtenOnBehalf}
                        disabled={!e.present}
                        aria-label={t('receive.onBehalfFor', { doc: doc.name })}
                        onChange={(ev) => set({ writtenOnBehalf: ev.target.checked })}
                      />{' '}
                      {t('receive.docOnBehalf')}
                    </label>
                    {e.present && e.writtenOnBehalf && (
                      <input
                        type="text"
                        className="desk-helper"
                        placeholder={t('receive.helperName')}
                        value={e.helperName}
                        aria-label={t('receive.helperFor', { doc: doc.name })}
                        aria-invalid={helperError ? true : undefined}
                        aria-describedby={helperError ? ids.helper : undefined}
                        onChange={(ev) => set({ helperName: ev.target.value })}
                        onBlur={() => onBlurField(`${prefix}documents[${i}].writtenOnBehalfBy`)}
                      />
                    )}
                  </>
                ) : (
                  <span className="muted">{t('receive.inPersonOnly')}</span>
                )}
                {helperError && (
                  <div id={ids.helper} className="field-error" role="alert">
                    {helperError}
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
