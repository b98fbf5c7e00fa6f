import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from '../api/api-client';
import type { StoredSession } from '../api/session-store';

interface Auth {
  session: StoredSession | undefined;
  login(username: string, password: string): Promise<StoredSession>;
  logout(): Promise<void>;
}

const AuthContext = createContext<Auth | undefined>(undefined);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(api.current());
  useEffect(() => api.onSessionChange(setSession), []);
  const value: Auth = {
    session,
    login: (username, password) => api.login(username, password),
    logout: () => api.logout(),
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The logged-in staff member (screens behind RequireAuth only). */
export function useStaff(): StoredSession['staff'] {
  const { session } = useAuth();
  if (!session) throw new Error('useStaff without a session');
  return session.staff;
}
