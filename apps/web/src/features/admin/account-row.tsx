import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { TextField } from '../../ui/field';
import { fieldErrors, staffApi } from './admin-api';
import type { StaffRole, StaffView, StaffWithTemporaryPassword } from './admin-types';
import { RoleCheckboxes } from './role-checkboxes';

interface Props {
  account: StaffView;
  self: boolean;
  manageable: boolean;
  choices: readonly StaffRole[];
  onChanged: () => void;
  onPassword: (result: StaffWithTemporaryPassword) => void;
}

/** One account: its roles and state; change name and roles, disable or enable, reset the password. */
export function AccountRow({ account, self, manageable, choices, onChanged, onPassword }: Props) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [displayName, setDisplayName] = useState(account.displayName);
  const [roles, setRoles] = useState<StaffRole[]>(account.roles);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const errors = fieldErrors(error);

  async function act(what: string, action: () => Promise<unknown>, done?: () => void) {
    setBusy(what);
    setError(undefined);
    try {
      await action();
      done?.();
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(undefined);
    }
  }

  const save = (e: FormEvent) => {
    e.preventDefault();
    const rolesChanged = roles.length !== account.roles.length || roles.some((r) => !account.roles.includes(r));
    void act('save', () => staffApi.update(account.id, { displayName: displayName.trim(), ...(rolesChanged ? { roles } : {}) }), () => setEditing(false));
  };
  const reset = () => {
    if (!window.confirm(t('accounts.resetConfirm', { username: account.username }))) return;
    void act('reset', async () => onPassword(await staffApi.resetPassword(account.id)));
  };

  return (
    <tr data-username={account.username} className={account.disabled ? 'admin-disabled' : undefined}>
      <td>
        <strong>{account.username}</strong>
        {self && <span className="muted"> ({t('accounts.you')})</span>}
      </td>
      <td>
        {editing ? (
          <form onSubmit={save} className="admin-inline-form">
            <ErrorBanner error={error} />
            <TextField label={t('accounts.displayName')} value={displayName} onChange={setDisplayName} error={errors.displayName} autoFocus />
            {!self && <RoleCheckboxes choices={choices} value={roles} onChange={setRoles} error={errors.roles} />}
            <div className="page-actions">
              <Button type="submit" primary busy={busy === 'save'}>
                {tc('save')}
              </Button>
              <Button onClick={() => setEditing(false)}>{tc('cancel')}</Button>
            </div>
          </form>
        ) : (
          account.displayName
        )}
      </td>
      <td>{account.unitCode}</td>
      <td>{account.roles.map((r) => tc(`roles.${r}`)).join(', ')}</td>
      <td>
        {account.disabled ? <span className="badge badge-late">{t('accounts.disabled')}</span> : <span className="badge badge-ok">{t('accounts.active')}</span>}
        {account.mustChangePassword && <div className="muted">{t('accounts.mustChange')}</div>}
      </td>
      <td>
        {!editing && error !== undefined && <ErrorBanner error={error} />}
        {manageable && !editing && (
          <div className="admin-row-actions">
            <Button onClick={() => setEditing(true)}>{t('accounts.edit')}</Button>
            {!self && (
              <>
                <Button busy={busy === 'disable'} onClick={() => void act('disable', () => staffApi.setDisabled(account.id, !account.disabled))}>
                  {account.disabled ? t('accounts.enable') : t('accounts.disable')}
                </Button>
                <Button busy={busy === 'reset'} onClick={reset}>
                  {t('accounts.resetPassword')}
                </Button>
              </>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}
