import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { FieldShell, TextField } from '../../ui/field';
import { calendarApi, fieldErrors } from './admin-api';
import { namedDaysFrom, officialYearDraft, provinceDaysFrom } from './admin-logic';
import type { CalendarYear } from './admin-types';

function DaysArea({ label, value, onChange, error, hint }: { label: string; value: string; onChange: (v: string) => void; error?: string; hint?: string }) {
  return (
    <FieldShell label={label} error={error} hint={hint}>
      {({ id, describedBy }) => (
        <textarea id={id} rows={5} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={error ? true : undefined} spellCheck={false} />
      )}
    </FieldShell>
  );
}

/** First problem of a list field ("extraDaysOff[2].date" → shown under extraDaysOff). */
function listError(errors: Record<string, string>, list: string): string | undefined {
  const hit = Object.entries(errors).find(([field]) => field === list || field.startsWith(`${list}[`) || field.startsWith(`${list}.`));
  return hit ? `${hit[0]}: ${hit[1]}` : undefined;
}

/** The year's official notice (Tết days, moving holidays, swap days), drafted from the calendar shown. */
export function OfficialYearForm({ view, onSaved }: { view: CalendarYear; onSaved: () => void }) {
  const { t } = useTranslation('admin');
  const draft = officialYearDraft(view.days);
  const [source, setSource] = useState(view.basis === 'official' ? view.source : '');
  const [statutory, setStatutory] = useState(draft.statutoryHolidays);
  const [extra, setExtra] = useState(draft.extraDaysOff);
  const [swap, setSwap] = useState(draft.swapWorkdays);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      await calendarApi.setOfficialYear(view.year, { source: source.trim(), statutoryHolidays: namedDaysFrom(statutory), extraDaysOff: namedDaysFrom(extra), swapWorkdays: namedDaysFrom(swap) });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="admin-official-title">
      <h2 id="admin-official-title">{t('calendar.officialTitle', { year: view.year })}</h2>
      <p className="muted">{t('calendar.officialHelp')}</p>
      <ErrorBanner error={error} />
      {saved && <div className="banner banner-ok" role="status">{t('calendar.saved')}</div>}
      <TextField label={t('calendar.source')} value={source} onChange={setSource} error={errors.source} placeholder="Thông báo 6150/TB-BNV" />
      <div className="grid-2">
        <DaysArea label={t('calendar.statutory')} value={statutory} onChange={setStatutory} error={listError(errors, 'statutoryHolidays')} hint={t('calendar.linesHint')} />
        <DaysArea label={t('calendar.extraDaysOff')} value={extra} onChange={setExtra} error={listError(errors, 'extraDaysOff')} hint={t('calendar.linesHint')} />
        <DaysArea label={t('calendar.swapWorkdays')} value={swap} onChange={setSwap} error={listError(errors, 'swapWorkdays')} hint={t('calendar.linesHint')} />
      </div>
      <Button type="submit" primary busy={busy}>
        {t('calendar.saveOfficial')}
      </Button>
    </form>
  );
}

/** The province's own days of the year (extra days off, weekend days worked), replacing that year's list. */
export function ProvinceDaysForm({ view, onSaved }: { view: CalendarYear; onSaved: () => void }) {
  const { t } = useTranslation('admin');
  const [source, setSource] = useState('');
  const [days, setDays] = useState(() => view.days.filter((d) => d.kind === 'provincial-day-off').map((d) => `${d.date} | day-off | ${d.name}`).join('\n'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      await calendarApi.setProvinceDays(view.year, { source: source.trim(), days: provinceDaysFrom(days) });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="admin-province-days-title">
      <h2 id="admin-province-days-title">{t('calendar.provinceTitle', { year: view.year })}</h2>
      <ErrorBanner error={error} />
      {saved && <div className="banner banner-ok" role="status">{t('calendar.saved')}</div>}
      <TextField label={t('calendar.source')} value={source} onChange={setSource} error={errors.source} placeholder="Quyết định …/QĐ-UBND" />
      <DaysArea label={t('calendar.provinceDays')} value={days} onChange={setDays} error={listError(errors, 'days')} hint={t('calendar.provinceLinesHint')} />
      <Button type="submit" primary busy={busy}>
        {t('calendar.saveProvince')}
      </Button>
    </form>
  );
}

