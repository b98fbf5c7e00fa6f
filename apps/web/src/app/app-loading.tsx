import { useTranslation } from 'react-i18next';
import { Loading } from '../ui/page';

/** While a screen's code arrives over a slow link (first load, or just after login): progress, never a blank page. */
export function AppLoading() {
  const { t } = useTranslation();
  return (
    <main className="app-loading">
      <Loading label={t('loading')} />
    </main>
  );
}
