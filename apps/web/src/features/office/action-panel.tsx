import { useEffect, useRef, useState } from 'react';
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
  const group = useRef<HTMLDivElement>(null);
  const [refocus, setRefocus] = useState<{ after?: OfficeAction }>();
  useEffect(() => {
    if (!refocus) return;
    const active = document.activeElement;
    if (active && active !== document.body && document.contains(active)) return;
    (group.current?.querySelector<HTMLElement>(`[data-action="${refocus.after}"]`) ?? group.current?.querySelector<HTMLElement>('button'))?.focus();
  }, [refocus]);
  const actions = availableActions(transfer, staff.roles);
  if (actions.length === 0) {
    return <p className="muted">{staff.roles.includes('auditor') && !staff.roles.some((r) => r.startsWith('office-')) ? t('detail.readOnly') : t('detail.noActions')}</p>;
  }
  const shown = open && actions.includes(open) ? open : undefined;
  /**
   * The form (or the acknowledge button) that had focus goes away once it is done or cancelled: focus returns to this
   * action's button, or the first one now offered, so a keyboard user is not sent back to the top of the page.
   */
  const close = () => {
    setOpen(undefined);
    setRefocus({ after: shown });
  };
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
      <div className="office-action-buttons" role="group" aria-label={t('detail.actions')} ref={group}>
        {actions.includes('acknowledge') && <AcknowledgeButton transfer={transfer} callbacks={done} />}
        {actions
          .filter((a) => a !== 'acknowledge')
          .map((a) => (
            <Button key={a} data-action={a} primary={a === 'approve' || a === 'resolve'} danger={a === 'refuse'} aria-expanded={shown === a} onClick={() => setOpen(shown === a ? undefined : a)}>
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
