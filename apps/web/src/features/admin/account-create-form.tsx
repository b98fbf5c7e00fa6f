import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { TextField } from '../../ui/field';
import { fieldErrors, staffApi } from './admin-api';
import type { StaffRole, StaffWithTemporaryPassword } from './admin-types';
import { RoleCheckboxes } from './role-checkboxes';

interface Props {
  /** A unit administrator's own unit (fixed); undefined: a province administrator types the unit. */
  fixedUnit?: string;
  defaultUnit: string;
  choices: readonly StaffRole[];
  onCreated: (result: StaffWithTemporaryPassword) => void;
}

/** Opens an account; the form is kept as typed when the gateway refuses it, each problem next to its field. */
export function AccountCreateForm({ fixedUnit, defaultUnit, choices, onCreated }: Props) {
  const { t } = useTranslation('admin');
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [unitCode, setUnitCode] = useState(fixedUnit ?? defaultUnit);
  const [roles, setRoles] = useState<StaffRole[]>(['desk-clerk']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const errors = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await staffApi.create({ username: username.trim(), displayName: displayName.trim(), unitCode: fixedUnit ?? unitCode.trim(), roles });
      setUsername('');
      setDisplayName('');
      setRoles(['desk-clerk']);
      onCreated(result);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="admin-create-title" data-testid="admin-create-account">
      <h2 id="admin-create-title">{t('accounts.create')}</h2>
      <ErrorBanner error={error} />
      <div className="grid-2">
        <TextField label={t('accounts.username')} value={username} onChange={setUsername} error={errors.username} hint={t('accounts.usernameHint')} autoFocus autoComplete="off" required />
        <TextField label={t('accounts.displayName')} value={displayName} onChange={setDisplayName} error={errors.displayName} autoComplete="off" required />
        <TextField
          label={t('accounts.unit')}
          value={fixedUnit ?? unitCode}
          onChange={setUnitCode}
          error={errors.unitCode}
          readOnly={fixedUnit !== undefined}
          hint={fixedUnit !== undefined ? t('accounts.ownUnitOnly') : undefined}
        />
      </div>
      <RoleCheckboxes choices={choices} value={roles} onChange={setRoles} error={errors.roles} />
      <Button type="submit" primary busy={busy}>
        {t('accounts.createSubmit')}
      </Button>
    </form>
  );
}
