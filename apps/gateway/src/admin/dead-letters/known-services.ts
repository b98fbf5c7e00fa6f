/** Services that answer `<service>.qry.dead-letters` (ARCHITECTURE.md); anything else is a 400, not a 503. */
export const KNOWN_SERVICES = ['gateway', 'intake', 'routing', 'relay', 'scheduling', 'notification', 'tracking'] as const;
export type KnownService = (typeof KNOWN_SERVICES)[number];
