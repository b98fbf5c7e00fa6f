import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { SessionFormView } from './session-form';
import type { SessionRecord, UnitSchedule } from './admin-types';

/** The unit's after-hours sessions, each changeable, and a form for a new one. */
export function SessionsPanel({ schedule, today, onChanged }: { schedule: UnitSchedule; today: string; onChanged: () => void }) {
  const { t } = useTranslation('admin');
  const [editing, setEditing] = useState<string>();
  const [saved, setSaved] = useState<SessionRecord>();
  const weekdays = (s: SessionRecord) => s.weekdays.map((d) => t(`weekdayName.${d}`)).join(', ');
  const done = (s: SessionRecord) => {
    setSaved(s);
    setEditing(undefined);
    onChanged();
  };

  return (
    <section className="card" aria-labelledby="admin-sessions-title" data-testid="admin-sessions">
      <h2 id="admin-sessions-title">{t('sessions.title', { unit: `${schedule.unitName} (${schedule.unitCode})` })}</h2>
      {saved && (
        <div className="banner banner-ok" role="status">
          {t('sessions.saved', { name: saved.name })}
        </div>
      )}
      {schedule.sessions.length === 0 ? (
        <p className="muted">{t('sessions.none')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>{t('sessions.name')}</th>
              <th>{t('sessions.when')}</th>
              <th>{t('sessions.hours')}</th>
              <th>{t('sessions.valid')}</th>
              <th>{t('sessions.slots')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {schedule.sessions.map((s) =>
              editing === s.id ? (
                <tr key={s.id}>
                  <td colSpan={6}>
                    <SessionFormView unitCode={schedule.unitCode} today={today} session={s} onSaved={done} onCancel={() => setEditing(undefined)} />
                  </td>
                </tr>
              ) : (
                <tr key={s.id} data-session={s.name}>
                  <td>{s.name}</td>
                  <td>
                    {weekdays(s)}
                    {s.onDaysOff && `; ${t('sessions.onDaysOffShort')}`}
                  </td>
                  <td>
                    {s.start}–{s.end}
                  </td>
                  <td>
                    {s.validFrom} → {s.validTo ?? '…'}
                  </td>
                  <td>{t('sessions.slotText', { minutes: s.slotMinutes, capacity: s.slotCapacity })}</td>
                  <td>
                    <Button onClick={() => setEditing(s.id)}>{t('sessions.edit')}</Button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <SessionFormView key={schedule.unitCode} unitCode={schedule.unitCode} today={today} onSaved={done} />
    </section>
  );
}
