import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday } from './admin-types';

/** Weekdays as checkboxes, Monday first (the Vietnamese week). */
export function WeekdayCheckboxes({ legend, value, onChange, error }: { legend: string; value: Weekday[]; onChange: (v: Weekday[]) => void; error?: string }) {
  const { t } = useTranslation('admin');
  return (
    <fieldset className={`field admin-weekdays${error ? ' field-invalid' : ''}`}>
      <legend>{legend}</legend>
      {WEEKDAYS.map((day, i) => (
        <label key={day} className="admin-check">
          <input type="checkbox" checked={value.includes(day)} onChange={(e) => onChange(e.target.checked ? [...value, day] : value.filter((d) => d !== day))} />{' '}
          {t(`weekday.${i}`)}
        </label>
      ))}
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </fieldset>
  );
}
