import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth, useStaff } from '../../auth/auth-context';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading, Page } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { staffApi } from './admin-api';
import { grantableRoles, mayManage } from './admin-logic';
import type { StaffWithTemporaryPassword } from './admin-types';
import { AccountCreateForm } from './account-create-form';
import { AccountRow } from './account-row';
import { TemporaryPassword } from './temporary-password';

/** Accounts of the administrator's unit (a province administrator: any unit, typed in the filter). */
export function AccountsPage() {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const staff = useStaff();
  const { session } = useAuth();
  const province = staff.roles.includes('province-admin');
  const [unitFilter, setUnitFilter] = useState(province ? '' : staff.unitCode);
  const [includeDisabled, setIncludeDisabled] = useState(true);
  const [shown, setShown] = useState<StaffWithTemporaryPassword>();
  const list = useApi(
    (signal) => staffApi.list({ unitCode: province ? unitFilter.trim() || undefined : staff.unitCode, includeDisabled }, signal),
    [unitFilter, includeDisabled, province, staff.unitCode],
  );
  const choices = grantableRoles(staff.roles);

  const onPassword = (result: StaffWithTemporaryPassword) => {
    setShown(result);
    list.reload();
  };

  return (
    <Page title={t('accounts.title')}>
      {shown && <TemporaryPassword username={shown.staff.username} password={shown.temporaryPassword} onDone={() => setShown(undefined)} />}
      <AccountCreateForm fixedUnit={province ? undefined : staff.unitCode} defaultUnit={staff.unitCode} choices={choices} onCreated={onPassword} />
      <section className="card" aria-labelledby="admin-accounts-list">
        <h2 id="admin-accounts-list">{province ? t('accounts.listAll') : t('accounts.listUnit', { unit: staff.unitCode })}</h2>
        <div className="admin-filters">
          {province && (
            <div className="field">
              <label htmlFor="admin-unit-filter">{t('accounts.unitFilter')}</label>
              <input id="admin-unit-filter" value={unitFilter} onChange={(e) => setUnitFilter(e.target.value)} placeholder={t('accounts.allUnits')} />
            </div>
          )}
          <label className="admin-check">
            <input type="checkbox" checked={includeDisabled} onChange={(e) => setIncludeDisabled(e.target.checked)} /> {t('accounts.includeDisabled')}
          </label>
        </div>
        <ErrorBanner error={list.error} />
        {list.loading && !list.data ? (
          <Loading label={tc('loading')} />
        ) : (
          <>
            <p className="muted">{t('accounts.total', { count: list.data?.total ?? 0 })}</p>
            <table className="data" data-testid="admin-accounts">
              <thead>
                <tr>
                  <th>{t('accounts.username')}</th>
                  <th>{t('accounts.displayName')}</th>
                  <th>{t('accounts.unit')}</th>
                  <th>{t('accounts.roles')}</th>
                  <th>{t('accounts.status')}</th>
                  <th>{t('accounts.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {(list.data?.items ?? []).map((a) => (
                  <AccountRow
                    key={`${a.id}-${a.updatedAt}`}
                    account={a}
                    self={a.id === session?.staff.id}
                    manageable={mayManage(staff.roles, staff.unitCode, a)}
                    choices={choices}
                    onChanged={list.reload}
                    onPassword={onPassword}
                  />
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </Page>
  );
}
