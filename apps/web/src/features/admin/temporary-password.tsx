import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';

/** The one-time temporary password, shown once: the administrator hands it over; the owner changes it at first login. */
export function TemporaryPassword({ username, password, onDone }: { username: string; password: string; onDone: () => void }) {
  const { t } = useTranslation('admin');
  return (
    <div className="banner banner-ok admin-temp-password" role="alert" data-testid="admin-temp-password">
      <div>{t('accounts.tempPasswordFor', { username })}</div>
      <code className="admin-password">{password}</code>
      <div className="muted">{t('accounts.tempPasswordOnce')}</div>
      <div className="page-actions">
        <Button onClick={() => void navigator.clipboard?.writeText(password)}>{t('accounts.copy')}</Button>
        <Button primary onClick={onDone} autoFocus>
          {t('accounts.tempPasswordDone')}
        </Button>
      </div>
    </div>
  );
}
