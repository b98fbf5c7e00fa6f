import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { FieldShell, TextField } from '../../ui/field';
import { fieldErrors, newIdempotencyKey, scheduleApi } from './admin-api';
import { emptySessionForm, sessionBody, sessionFormOf, type SessionForm } from './admin-logic';
import type { SessionRecord } from './admin-types';
import { WeekdayCheckboxes } from './weekday-checkboxes';

interface Props {
  unitCode: string;
  today: string;
  /** The session being changed; undefined: a new one. */
  session?: SessionRecord;
  onSaved: (saved: SessionRecord) => void;
  onCancel?: () => void;
}

const draftKey = (unitCode: string, id?: string) => `motcua.admin.session.${unitCode}.${id ?? 'new'}`;

/** An after-hours session as a whole (POST new, PUT changed); the draft survives a failed save and a reload. */
export function SessionFormView({ unitCode, today, session, onSaved, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const [form, setForm] = useState<SessionForm>(() => {
    const saved = sessionStorage.getItem(draftKey(unitCode, session?.id));
    if (saved) return JSON.parse(saved) as SessionForm;
    return session ? sessionFormOf(session) : emptySessionForm(today);
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const key = useRef<string | undefined>(undefined);
  const errors = fieldErrors(error);

  const set = <K extends keyof SessionForm>(field: K) => (value: SessionForm[K]) => {
    setForm((f) => {
      const next = { ...f, [field]: value };
      sessionStorage.setItem(draftKey(unitCode, session?.id), JSON.stringify(next));
      return next;
    });
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    key.current ??= newIdempotencyKey('session');
    try {
      const body = sessionBody(unitCode, form);
      const saved = session ? await scheduleApi.updateSession(session.id, body, key.current) : await scheduleApi.createSession(body, key.current);
      key.current = undefined;
      sessionStorage.removeItem(draftKey(unitCode, session?.id));
      if (!session) setForm(emptySessionForm(today));
      onSaved(saved);
    } catch (err) {
      // A lost answer is retried with the same key (one session, not two); a refusal gets a new key for the fix.
      if (!(err instanceof ApiError && err.status === 0)) key.current = undefined;
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const area = (label: string, field: 'closedOn' | 'eligibleProcedures' | 'roster', hint: string, errorField = field) => (
    <FieldShell label={label} error={errors[errorField] ?? Object.entries(errors).find(([f]) => f.startsWith(`${errorField}[`))?.[1]} hint={hint}>
      {({ id, describedBy }) => <textarea id={id} rows={3} value={form[field]} onChange={(e) => set(field)(e.target.value)} aria-describedby={describedBy} spellCheck={false} />}
    </FieldShell>
  );

  return (
    <form className="card admin-session-form" onSubmit={submit} aria-label={session ? t('sessions.editTitle', { name: session.name }) : t('sessions.newTitle')} data-testid="admin-session-form">
      <h3>{session ? t('sessions.editTitle', { name: session.name }) : t('sessions.newTitle')}</h3>
      <ErrorBanner error={error} />
      <TextField label={t('sessions.name')} value={form.name} onChange={set('name')} error={errors.name} required autoFocus={!!session} />
      <WeekdayCheckboxes legend={t('sessions.weekdays')} value={form.weekdays} onChange={set('weekdays')} error={errors.weekdays} />
      <label className="admin-check">
        <input type="checkbox" checked={form.onDaysOff} onChange={(e) => set('onDaysOff')(e.target.checked)} /> {t('sessions.onDaysOff')}
      </label>
      <div className="admin-form-row">
        <TextField label={t('sessions.start')} type="time" value={form.start} onChange={set('start')} error={errors.start} required />
        <TextField label={t('sessions.end')} type="time" value={form.end} onChange={set('end')} error={errors.end} required />
        <TextField label={t('sessions.validFrom')} type="date" value={form.validFrom} onChange={set('validFrom')} error={errors.validFrom} required />
        <TextField label={t('sessions.validTo')} type="date" value={form.validTo} onChange={set('validTo')} error={errors.validTo} />
      </div>
      <div className="admin-form-row">
        <TextField label={t('sessions.slotMinutes')} inputMode="numeric" value={form.slotMinutes} onChange={set('slotMinutes')} error={errors.slotMinutes} />
        <TextField label={t('sessions.slotCapacity')} inputMode="numeric" value={form.slotCapacity} onChange={set('slotCapacity')} error={errors.slotCapacity} />
        <TextField label={t('sessions.bookingWindowDays')} inputMode="numeric" value={form.bookingWindowDays} onChange={set('bookingWindowDays')} error={errors.bookingWindowDays} />
        <TextField label={t('sessions.perPersonDailyLimit')} inputMode="numeric" value={form.perPersonDailyLimit} onChange={set('perPersonDailyLimit')} error={errors.perPersonDailyLimit} />
      </div>
      <div className="grid-2">
        {area(t('sessions.eligible'), 'eligibleProcedures', t('sessions.eligibleHint'))}
        {area(t('sessions.closedOn'), 'closedOn', t('sessions.closedOnHint'))}
        {area(t('sessions.roster'), 'roster', t('sessions.rosterHint'))}
      </div>
      <div className="page-actions">
        <Button type="submit" primary busy={busy}>
          {session ? t('sessions.saveChanges') : t('sessions.create')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('sessions.cancel')}</Button>}
      </div>
    </form>
  );
}
