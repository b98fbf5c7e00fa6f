import type { NotifyChannel } from '@motcua/contracts';
import { fallbackChannels, planChannels, type PlanInput, type Preferences } from './channel-plan';

const everything = () => true;
const citizen = (over: Partial<PlanInput> = {}): PlanInput => ({
  audience: 'citizen',
  contact: { phone: '0912345678', email: 'an@example.vn' },
  defaultConsent: ['sms', 'email'],
  available: everything,
  ...over,
});
const prefs = (preferredChannel: NotifyChannel | null, consents: Preferences['consents'] = {}) => ({
  preferences: { preferredChannel, consents },
});

describe('planChannels', () => {
  it('by default sends an SMS and an e-mail to a citizen who gave both, Zalo only when chosen', () => {
    expect(planChannels(citizen())).toEqual(['sms', 'email']);
    expect(planChannels(citizen({ contact: { phone: '0912345678', zaloImplied: true } }))).toEqual(['zalo']);
    expect(planChannels(citizen(prefs(null, { zalo: 'granted' })))).toEqual(['zalo', 'email']);
  });

  it('sends nothing on a channel the citizen withdrew, even a default one', () => {
    expect(planChannels(citizen(prefs(null, { sms: 'withdrawn' })))).toEqual(['email']);
    expect(planChannels(citizen(prefs(null, { sms: 'withdrawn', email: 'withdrawn' })))).toEqual([]);
    expect(planChannels(citizen({ contact: { phone: '0912345678', zaloImplied: true }, ...prefs(null, { zalo: 'withdrawn' }) }))).toEqual(['sms']);
  });

  it('honours the preferred channel: SMS over Zalo, or e-mail alone', () => {
    expect(planChannels(citizen(prefs('sms', { zalo: 'granted' })))).toEqual(['sms', 'email']);
    expect(planChannels(citizen(prefs('email', { zalo: 'granted' })))).toEqual(['email']);
    expect(planChannels(citizen(prefs('email', { email: 'withdrawn' })))).toEqual(['sms']);
  });

  it('skips a channel without an address or without a published template', () => {
    expect(planChannels(citizen({ contact: { email: 'an@example.vn' } }))).toEqual(['email']);
    expect(planChannels(citizen({ ...prefs(null, { zalo: 'granted' }), available: (c) => c !== 'zalo' }))).toEqual(['sms', 'email']);
  });

  it('writes to staff on SMS and e-mail, whatever the citizens’ defaults', () => {
    expect(planChannels(citizen({ audience: 'staff', defaultConsent: [] }))).toEqual(['sms', 'email']);
  });
});

describe('fallbackChannels', () => {
  it('turns from Zalo to SMS, then e-mail, among the allowed channels', () => {
    expect(fallbackChannels(citizen(prefs(null, { zalo: 'granted' })), 'zalo')).toEqual(['sms', 'email']);
    expect(fallbackChannels(citizen(prefs(null, { zalo: 'granted', sms: 'withdrawn' })), 'zalo')).toEqual(['email']);
    expect(fallbackChannels(citizen({ contact: { phone: '0912345678' } }), 'sms')).toEqual([]);
    expect(fallbackChannels(citizen(), 'email')).toEqual(['sms']);
  });
});
