import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  NOTIFY_CHANNELS,
  type CitizenPreferencesBody,
  type CitizenPreferencesView,
  type ConsentState,
  type NotifyChannel,
  type StaffActor,
} from '@motcua/contracts';
import type { Contact, Preferences } from './channel-plan';

const consentColumn = (channel: NotifyChannel) => `${channel}_consent`;

/** A citizen is known by their phone number, or by their e-mail address when they gave no phone. */
export const citizenKeyOf = (who: { phone?: string | null; email?: string | null }): string | undefined =>
  who.phone ?? who.email?.toLowerCase() ?? undefined;

const toPreferences = (row: any): Preferences => ({
  preferredChannel: row.preferred_channel,
  consents: Object.fromEntries(NOTIFY_CHANNELS.filter((c) => row[consentColumn(c)]).map((c) => [c, row[consentColumn(c)]])),
});

/** Citizens' channel preference and consent per channel, with every answer kept (who recorded it, when, how). */
@Injectable()
export class PreferenceStore {
  /** The wishes that apply to a contact: those recorded for its phone, else for its e-mail address. */
  async forContact(manager: EntityManager, contact: Contact): Promise<Preferences | undefined> {
    if (!contact.phone && !contact.email) return undefined;
    const rows = await manager.query(
      `SELECT * FROM notification.citizen_preferences WHERE phone = $1 OR email = $2 ORDER BY (phone = $1) DESC NULLS LAST LIMIT 1`,
      [contact.phone ?? null, contact.email?.toLowerCase() ?? null],
    );
    return rows[0] ? toPreferences(rows[0]) : undefined;
  }

  /** Has the owner of this address said no to this channel since the message was written? */
  async withdrawn(manager: EntityManager, channel: NotifyChannel, address: string): Promise<boolean> {
    const column = channel === 'email' ? 'email' : 'phone';
    const rows = await manager.query(
      `SELECT 1 FROM notification.citizen_preferences WHERE ${column} = $1 AND ${consentColumn(channel)} = 'withdrawn' LIMIT 1`,
      [channel === 'email' ? address.toLowerCase() : address],
    );
    return rows.length > 0;
  }

  /** Records the citizen's answers: channels left out keep theirs; each answer given is appended to the history. */
  async record(manager: EntityManager, key: string, body: CitizenPreferencesBody, actor: StaffActor, now: Date): Promise<void> {
    const email = body.email?.toLowerCase() ?? null;
    const given = NOTIFY_CHANNELS.filter((c) => body.consents[c] !== undefined);
    await manager.query(
      `INSERT INTO notification.citizen_preferences (citizen_key, phone, email, preferred_channel, sms_consent, zalo_consent, email_consent, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (citizen_key) DO UPDATE SET
         phone = COALESCE(citizen_preferences.phone, EXCLUDED.phone),
         email = COALESCE(EXCLUDED.email, citizen_preferences.email),
         preferred_channel = COALESCE(EXCLUDED.preferred_channel, citizen_preferences.preferred_channel),
         sms_consent = COALESCE(EXCLUDED.sms_consent, citizen_preferences.sms_consent),
         zalo_consent = COALESCE(EXCLUDED.zalo_consent, citizen_preferences.zalo_consent),
         email_consent = COALESCE(EXCLUDED.email_consent, citizen_preferences.email_consent),
         updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
      [key, body.phone ?? null, email, body.preferredChannel ?? null, body.consents.sms ?? null, body.consents.zalo ?? null, body.consents.email ?? null, now, actor.staffId],
    );
    for (const channel of given) {
      await manager.query(
        `INSERT INTO notification.consent_records (citizen_key, channel, state, source, recorded_by, unit_code, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [key, channel, body.consents[channel], body.source, actor.staffId, actor.unitCode, now],
      );
    }
  }

  async view(manager: EntityManager, key: string): Promise<CitizenPreferencesView | undefined> {
    const [row] = await manager.query(`SELECT * FROM notification.citizen_preferences WHERE citizen_key = $1`, [key]);
    if (!row) return undefined;
    const history = await manager.query(
      `SELECT channel, state, source, recorded_by, unit_code, recorded_at FROM notification.consent_records
        WHERE citizen_key = $1 ORDER BY recorded_at DESC, id DESC LIMIT 100`,
      [key],
    );
    return {
      phone: row.phone,
      email: row.email,
      preferredChannel: row.preferred_channel,
      consents: Object.fromEntries(NOTIFY_CHANNELS.map((c) => [c, (row[consentColumn(c)] as ConsentState | null) ?? 'default'])) as CitizenPreferencesView['consents'],
      history: history.map((h: any) => ({
        channel: h.channel,
        state: h.state,
        source: h.source,
        recordedBy: h.recorded_by,
        unitCode: h.unit_code,
        recordedAt: new Date(h.recorded_at).toISOString(),
      })),
    };
  }

  /** The key of the record for this phone or e-mail address, if any. */
  async keyFor(manager: EntityManager, who: { phone?: string; email?: string }): Promise<string | undefined> {
    const rows = await manager.query(
      `SELECT citizen_key FROM notification.citizen_preferences WHERE phone = $1 OR email = $2 ORDER BY (phone = $1) DESC NULLS LAST LIMIT 1`,
      [who.phone ?? null, who.email?.toLowerCase() ?? null],
    );
    return rows[0]?.citizen_key;
  }
}
