/** Route metadata saying who may call an endpoint: the roles, or nobody logged in at all. */
export const ROLES_KEY = 'motcua:roles';
export const PUBLIC_KEY = 'motcua:public';
/**
 * The caller's own account (who am I, log out, change password): reachable with a password change pending and
 * outside after-hours sessions, since these are how a staff member gets out of those states.
 */
export const OWN_ACCOUNT_KEY = 'motcua:own-account';
