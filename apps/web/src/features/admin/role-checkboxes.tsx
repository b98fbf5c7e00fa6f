import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from './admin-types';

/** The roles an administrator may grant, as checkboxes (a group with its legend and the error next to it). */
export function RoleCheckboxes({ choices, value, onChange, error }: { choices: readonly StaffRole[]; value: StaffRole[]; onChange: (roles: StaffRole[]) => void; error?: string }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const errorId = useId();
  return (
    <fieldset className={`field admin-roles${error ? ' field-invalid' : ''}`} aria-describedby={error ? errorId : undefined}>
      <legend>{t('accounts.roles')}</legend>
      {choices.map((role) => (
        <label key={role} className="admin-check">
          <input
            type="checkbox"
            value={role}
            checked={value.includes(role)}
            onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))}
          />{' '}
          {tc(`roles.${role}`)}
        </label>
      ))}
      {error && (
        <div id={errorId} className="field-error" role="alert">
          {error}
        </div>
      )}
    </fieldset>
  );
}
