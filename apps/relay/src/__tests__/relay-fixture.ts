import { randomUUID } from 'node:crypto';
import type { DossierRoutedV1, StaffActor } from '@motcua/contracts';

let sequence = 0;

/** A DossierRouted as routing's relay would publish it: a district procedure received at commune 29972, relayed to 869. */
export function routed(overrides: Partial<DossierRoutedV1> = {}): DossierRoutedV1 {
  sequence += 1;
  return {
    dossierCode: `000.72.69.H20-261120-${String(sequence).padStart(4, '0')}`,
    procedureCode: '1.001612',
    receivingUnitCode: '29972',
    competentUnitCode: '869',
    mode: 'relay',
    receivedAt: new Date().toISOString(),
    appointmentAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    legs: [
      { fromUnitCode: '29972', toUnitCode: '869', direction: 'forward', budgetWorkingDays: 2 },
      { fromUnitCode: '869', toUnitCode: '29972', direction: 'return', budgetWorkingDays: 1 },
    ],
    ...overrides,
  };
}

export const messageIdOf = (event: DossierRoutedV1) => `routing-${event.dossierCode}`;

export const key = (what = 'k') => `${what}-${randomUUID()}`;

export const officeHandler = (unitCode = '869', staffId = `handler.${unitCode}`): StaffActor => ({ staffId, unitCode, roles: ['office-handler'] });
export const officeHead = (unitCode = '869'): StaffActor => ({ staffId: `head.${unitCode}`, unitCode, roles: ['office-head'] });
export const deskClerk = (unitCode = '29972'): StaffActor => ({ staffId: `clerk.${unitCode}`, unitCode, roles: ['desk-clerk'] });
