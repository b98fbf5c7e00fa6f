import { useRef, useState } from 'react';
import type { OfficeAction } from './actions';
import { IdempotencyKeys, isConcurrentChange, serverFieldErrors, type Problems } from './forms';
import { act } from './office-api';
import type { TransferView } from './types';

export interface ActionCallbacks {
  /** The transfer as the action left it. */
  onDone: (updated: TransferView, action: OfficeAction) => void;
  /** Someone else changed the transfer first: reload it (the form keeps its input). */
  onConflict: (error: unknown) => void;
}

export interface OfficeActionState {
  busy: boolean;
  error: unknown;
  /** Problems found before sending (keys of `validation.*`), then the gateway's, by field. */
  problems: Problems;
  serverFields: Record<string, string>;
  submit: (body: unknown, problems?: Problems) => Promise<boolean>;
}

/** Sends one office action: checks first, one idempotency key per distinct request, errors by field, conflicts told apart. */
export function useOfficeAction(transfer: TransferView, action: OfficeAction, callbacks: ActionCallbacks): OfficeActionState {
  const keys = useRef(new IdempotencyKeys());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [problems, setProblems] = useState<Problems>({});
  const [serverFields, setServerFields] = useState<Record<string, string>>({});

  const submit = async (body: unknown, found: Problems = {}): Promise<boolean> => {
    setProblems(found);
    setServerFields({});
    if (Object.keys(found).length > 0) {
      setError(undefined);
      return false;
    }
    setBusy(true);
    setError(undefined);
    try {
      const key = keys.current.for({ transferId: transfer.transferId, version: transfer.version, action, body });
      const updated = await act(transfer, action, body, key);
      keys.current.done();
      callbacks.onDone(updated, action);
      return true;
    } catch (err) {
      if (isConcurrentChange(err)) {
        callbacks.onConflict(err);
      } else {
        setError(err);
        setServerFields(serverFieldErrors(err));
      }
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, problems, serverFields, submit };
}
