import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { ActionForm, fieldMessage } from './action-form';
import { supplementItems, validateSupplement, type SupplementItemDraft } from './forms';
import type { TransferView } from './types';
import { useDraft } from './use-draft';
import { useOfficeAction, type ActionCallbacks } from './use-office-action';

interface Props {
  transfer: TransferView;
  callbacks: ActionCallbacks;
  onCancel: () => void;
}

const EMPTY: SupplementItemDraft = { name: '', reason: '' };

/** Ask the citizen, through the receiving desk, for what is missing; the clock stops (POST …/request-supplement). */
export function SupplementForm({ transfer, callbacks, onCancel }: Props) {
  const { t } = useTranslation('office');
  const [draft, setDraft, clear] = useDraft(`${transfer.transferId}.supplement`, { items: [EMPTY] });
  const state = useOfficeAction(transfer, 'request-supplement', {
    ...callbacks,
    onDone: (updated, action) => {
      clear();
      callbacks.onDone(updated, action);
    },
  });
  const items = draft.items;
  const set = (i: number, item: SupplementItemDraft) => setDraft({ items: items.map((x, j) => (j === i ? item : x)) });
  // Field problems are named by the index among non-blank rows, as sent; map each row to that index.
  let sentIndex = -1;
  const indexSent = items.map((i) => (i.name.trim() || i.reason.trim() ? ++sentIndex : -1));
  const submit = () => void state.submit({ items: supplementItems(items) }, validateSupplement(items));
  return (
    <ActionForm title={t('supplement.title')} state={state} submitLabel={t('supplement.submit')} onSubmit={submit} onCancel={onCancel}>
      {transfer.supplementCount > 0 && <p className="banner office-warn">{t('supplement.secondWarning')}</p>}
      {fieldMessage(state, 'items', t) && (
        <p className="field-error" role="alert">
          {fieldMessage(state, 'items', t)}
        </p>
      )}
      {items.map((item, i) => (
        <fieldset key={i} className="office-supplement-item">
          <legend>{t('supplement.item', { n: i + 1 })}</legend>
          <div className="grid-2">
            <TextField
              label={t('supplement.name')}
              value={item.name}
              onChange={(name) => set(i, { ...item, name })}
              error={indexSent[i]! >= 0 ? fieldMessage(state, `items[${indexSent[i]}].name`, t) : undefined}
              maxLength={200}
              autoFocus={i === 0}
            />
            <TextField
              label={t('supplement.reason')}
              value={item.reason}
              onChange={(reason) => set(i, { ...item, reason })}
              error={indexSent[i]! >= 0 ? fieldMessage(state, `items[${indexSent[i]}].reason`, t) : undefined}
              maxLength={500}
            />
          </div>
          {items.length > 1 && (
            <Button className="btn-link" onClick={() => setDraft({ items: items.filter((_, j) => j !== i) })}>
              {t('supplement.remove', { n: i + 1 })}
            </Button>
          )}
        </fieldset>
      ))}
      {items.length < 50 && (
        <p>
          <Button onClick={() => setDraft({ items: [...items, EMPTY] })}>{t('supplement.add')}</Button>
        </p>
      )}
    </ActionForm>
  );
}
