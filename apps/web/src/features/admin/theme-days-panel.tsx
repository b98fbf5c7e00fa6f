import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField, TextField } from '../../ui/field';
import { fieldErrors, scheduleApi } from './admin-api';
import { codeList, themeInputs } from './admin-logic';
import { THEME_KINDS, type ThemeDayInput, type ThemeKind, type UnitSchedule, type Weekday } from './admin-types';
import { WeekdayCheckboxes } from './weekday-checkboxes';

/** The unit's theme days (no-appointment, no-writing, online paperless), saved as a whole list. */
export function ThemeDaysPanel({ schedule, today, onChanged }: { schedule: UnitSchedule; today: string; onChanged: () => void }) {
  const { t } = useTranslation('admin');
  const [theme, setTheme] = useState<ThemeKind>('no-appointment');
  const [weekdays, setWeekdays] = useState<Weekday[]>(['thursday']);
  const [validFrom, setValidFrom] = useState(today);
  const [validTo, setValidTo] = useState('');
  const [procedures, setProcedures] = useState('');
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const current = themeInputs(schedule.themeDays);
  const errors = fieldErrors(error);
  const index = current.length;
  const err = (f: string) => errors[`themeDays[${index}].${f}`] ?? errors[`themeDays.${index}.${f}`];

  async function save(list: ThemeDayInput[], what: string) {
    setBusy(what);
    setError(undefined);
    try {
      await scheduleApi.setThemeDays(schedule.unitCode, list);
      if (what === 'add') {
        setProcedures('');
        setValidTo('');
      }
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  }

  const add = (e: FormEvent) => {
    e.preventDefault();
    const procs = codeList(procedures);
    void save([...current, { theme, weekdays, validFrom, ...(validTo ? { validTo } : {}), ...(procs ? { procedures: procs } : {}) }], 'add');
  };

  return (
    <section className="card" aria-labelledby="admin-themes-title" data-testid="admin-theme-days">
      <h2 id="admin-themes-title">{t('themes.title')}</h2>
      <ErrorBanner error={error} />
      {current.length === 0 ? (
        <p className="muted">{t('themes.none')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>{t('themes.theme')}</th>
              <th>{t('themes.weekdays')}</th>
              <th>{t('themes.valid')}</th>
              <th>{t('themes.procedures')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {current.map((d, i) => (
              <tr key={schedule.themeDays[i].id}>
                <td>{t(`themes.kind.${d.theme}`)}</td>
                <td>{d.weekdays.map((w) => t(`weekdayName.${w}`)).join(', ')}</td>
                <td>
                  {d.validFrom} → {d.validTo ?? '…'}
                </td>
                <td>{d.procedures?.join(', ') ?? t('themes.allProcedures')}</td>
                <td>
                  <Button busy={busy === `remove-${i}`} onClick={() => void save(current.filter((_, j) => j !== i), `remove-${i}`)}>
                    {t('themes.remove')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={add} className="admin-theme-form">
        <h3>{t('themes.add')}</h3>
        <div className="admin-form-row">
          <SelectField label={t('themes.theme')} value={theme} onChange={(v) => setTheme(v as ThemeKind)} options={THEME_KINDS.map((k) => ({ value: k, label: t(`themes.kind.${k}`) }))} error={err('theme')} />
          <TextField label={t('sessions.validFrom')} type="date" value={validFrom} onChange={setValidFrom} error={err('validFrom')} />
          <TextField label={t('sessions.validTo')} type="date" value={validTo} onChange={setValidTo} error={err('validTo')} />
        </div>
        <WeekdayCheckboxes legend={t('themes.weekdays')} value={weekdays} onChange={setWeekdays} error={err('weekdays')} />
        <TextField label={t('themes.procedures')} value={procedures} onChange={setProcedures} hint={t('themes.proceduresHint')} error={err('procedures')} />
        <Button type="submit" primary busy={busy === 'add'}>
          {t('themes.addSubmit')}
        </Button>
      </form>
    </section>
  );
}
