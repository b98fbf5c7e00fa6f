import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';

/** The request's error above the form: the gateway's Vietnamese message, the fields list and the reference. */
export function ErrorBanner({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const e = error instanceof ApiError ? error : undefined;
  const message = e ? (e.status === 0 ? t('networkError') : e.message) : String((error as Error).message ?? error);
  return (
    <div className="banner banner-error" role="alert">
      <strong>{message}</strong>
      {e && e.fields.length > 0 && (
        <ul>
          {e.fields.map((f, i) => (
            <li key={`${f.field}-${i}`}>
              <code>{f.field}</code>: {f.reason}
            </li>
          ))}
        </ul>
      )}
      {e?.correlationId && <div className="muted">{t('correlation', { id: e.correlationId })}</div>}
    </div>
  );
}
