import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { useAuth, useStaff } from '../auth/auth-context';
import { LANGUAGES, type Language } from '../i18n/resources';
import { setLanguage } from '../i18n';
import { navFor } from './navigation';

export function Layout() {
  const { t, i18n } = useTranslation();
  const staff = useStaff();
  const { logout } = useAuth();
  // another feature's screens load on first use: show it while they come over a slow link
  const navigating = useNavigation().state === 'loading';
  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <span className="brand-emblem" aria-hidden="true">★</span> {t('appName')} — {t('appTitle')}
        </div>
        <nav className="nav" aria-label="menu">
          {navFor(staff.roles).map((item) => (
            <NavLink key={item.path} to={item.path}>
              {t(`nav.${item.key}`)}
            </NavLink>
          ))}
        </nav>
        <div className="who">
          <span data-testid="who">
            {staff.displayName} · {staff.roles.map((r) => t(`roles.${r}`)).join(', ')} · {staff.unitCode}
          </span>
          <select aria-label={t('language')} value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'vi' ? 'Tiếng Việt' : 'English'}
              </option>
            ))}
          </select>
          <button type="button" className="btn btn-link" onClick={() => void logout()}>
            {t('logout')}
          </button>
        </div>
      </header>
      {navigating && <div className="nav-progress" role="progressbar" aria-label={t('loading')} />}
      <main className="content" aria-busy={navigating || undefined}>
        <Outlet />
      </main>
    </div>
  );
}
