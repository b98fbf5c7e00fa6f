/** The staff member behind the session, as /api/auth/login answers it. */
export interface StaffSession {
  id: string;
  username: string;
  displayName: string;
  unitCode: string;
  roles: string[];
}

export interface SessionTokens {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  refreshExpiresAt: string;
  mustChangePassword: boolean;
}

export interface StoredSession extends SessionTokens {
  staff: StaffSession;
}

// sessionStorage, not localStorage: a shared desk PC forgets the session when the browser closes, and a
// reload does not log the clerk out in the middle of a queue. The refresh token is single-use and rotates.
const KEY = 'motcua.session';

export function loadSession(): StoredSession | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(session: StoredSession | undefined): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}
