/** Route metadata saying who may call an endpoint: the roles, or nobody logged in at all. */
export const ROLES_KEY = 'motcua:roles';
export const PUBLIC_KEY = 'motcua:public';
