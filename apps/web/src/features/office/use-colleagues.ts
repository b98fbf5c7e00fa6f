import { useEffect, useState } from 'react';
import { useStaff } from '../../auth/auth-context';
import { namesById } from './colleagues';
import { fetchOfficeStaff } from './office-api';
import type { OfficeColleague } from './types';

const EMPTY: OfficeColleague[] = [];
/** One request per office per page load: the list changes when an account is opened or closed, rarely. */
const cache = new Map<string, Promise<OfficeColleague[]>>();

export interface Colleagues {
  list: OfficeColleague[];
  names: Map<string, string>;
  loading: boolean;
  error: unknown;
}

/** The handlers and heads of the user's office (GET /api/office/staff); none for an auditor, who may not ask. */
export function useColleagues(): Colleagues {
  const staff = useStaff();
  const mayAsk = staff.roles.includes('office-handler') || staff.roles.includes('office-head');
  const [state, setState] = useState<{ list: OfficeColleague[]; loading: boolean; error: unknown }>({ list: EMPTY, loading: mayAsk, error: undefined });
  useEffect(() => {
    if (!mayAsk) return;
    let live = true;
    let pending = cache.get(staff.unitCode);
    if (!pending) {
      pending = fetchOfficeStaff().then((r) => r.items);
      cache.set(staff.unitCode, pending);
      pending.catch(() => cache.delete(staff.unitCode));
    }
    pending.then(
      (list) => live && setState({ list, loading: false, error: undefined }),
      (error: unknown) => live && setState({ list: EMPTY, loading: false, error }),
    );
    return () => {
      live = false;
    };
  }, [mayAsk, staff.unitCode]);
  return { ...state, names: namesById(state.list) };
}
