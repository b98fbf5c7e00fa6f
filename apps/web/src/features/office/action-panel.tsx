import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaff } from '../../auth/auth-context';
import { Button } from '../../ui/button';
import { availableActions, type OfficeAction } from './actions';
import { AssignForm } from './assign-form';
import { DelayForm } from './delay-form';
import { AcknowledgeButton, ApproveForm } from './quick-actions';
import { RefuseForm } from './refuse-form';
import { ResolveForm } from './resolve-form';
import { SupplementForm } from './supplement-form';
import type { TransferView } from './types';
import type { ActionCallbacks } from './use-office-action';

interface Props {
  transfer: TransferView;
  callbacks: ActionCallbacks;
}

/** The actions this transfer allows to this user, one form open at a time (its input kept as a draft). */
export function ActionPanel({ transfer, callbacks }: Props) {
  const { t } = useTranslation('office');
  const staff = useStaff();
  const [open, setOpen] = useState<OfficeAction>();
  const actions = availableActions(transfer, staff.roles);
  if (actions.length === 0) {
    return <p className="muted">{staff.roles.includes('auditor') && !staff.roles.some((r) => r.startsWith('office-')) ? t('detail.readOnly') : t('detail.noActions')}</p>;
  }
  const shown = open && actions.includes(open) ? open : undefined;
  const close = () => setOpen(undefined);
  const done: ActionCallbacks = {
    ...callbacks,
    onDone: (updated, action) => {
      close();
      callbacks.onDone(updated, action);
    },
  };
  const props = { transfer, callbacks: done, onCancel: close };
  return (
    <div className="office-actions">
      <div className="office-action-buttons" role="group" aria-label={t('detail.actions')}>
        {actions.includes('acknowledge') && <AcknowledgeButton transfer={transfer} callbacks={done} />}
        {actions
          .filter((a) => a !== 'acknowledge')
          .map((a) => (
            <Button key={a} primary={a === 'approve' || a === 'resolve'} danger={a === 'refuse'} aria-expanded={shown === a} onClick={() => setOpen(shown === a ? undefined : a)}>
              {t(`actions.${a}`)}
            </Button>
          ))}
      </div>
      {shown === 'approve' && <ApproveForm {...props} />}
      {shown === 'resolve' && <ResolveForm {...props} />}
      {shown === 'assign' && <AssignForm {...props} />}
      {shown === 'request-supplement' && <SupplementForm {...props} />}
      {shown === 'delay' && <DelayForm {...props} />}
      {shown === 'refuse' && <RefuseForm {...props} />}
    </div>
  );
}
