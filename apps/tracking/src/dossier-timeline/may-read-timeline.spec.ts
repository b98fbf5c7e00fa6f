import type { StaffActor } from '@motcua/contracts';
import { mayReadTimeline } from './may-read-timeline';

const actor = (unitCode: string, ...roles: StaffActor['roles']): StaffActor => ({ staffId: 's1', unitCode, roles });
const units = ['29972', '869'];

describe('mayReadTimeline', () => {
  it('lets the staff of every unit the dossier passed through read it', () => {
    expect(mayReadTimeline(actor('29972', 'desk-clerk'), units)).toBe(true);
    expect(mayReadTimeline(actor('869', 'office-handler'), units)).toBe(true);
  });

  it('refuses another unit, even its administrator', () => {
    expect(mayReadTimeline(actor('30010', 'desk-clerk'), units)).toBe(false);
    expect(mayReadTimeline(actor('30010', 'unit-admin', 'office-head'), units)).toBe(false);
  });

  it('lets auditors and provincial administrators read any dossier', () => {
    expect(mayReadTimeline(actor('87', 'auditor'), units)).toBe(true);
    expect(mayReadTimeline(actor('87', 'province-admin'), units)).toBe(true);
  });

  it('follows mergers when told which codes name one unit today', () => {
    const successor: Record<string, string> = { '29969': '29972' };
    const same = (a: string, b: string) => (successor[a] ?? a) === (successor[b] ?? b);
    expect(mayReadTimeline(actor('29969', 'desk-clerk'), units, same)).toBe(true);
    expect(mayReadTimeline(actor('29972', 'desk-clerk'), ['29969'], same)).toBe(true);
    expect(mayReadTimeline(actor('29969', 'desk-clerk'), units)).toBe(false);
    expect(mayReadTimeline(actor('30010', 'desk-clerk'), ['29969'], same)).toBe(false);
  });
});
