import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Contact } from '../preferences/channel-plan';
import { RecipientNotKnownYetError } from './recipient-not-known-yet.error';

/** Whom a message is for: `dossier:<code>`, `booking:<code>` (citizens) or `unit:<code>` (a unit's duty contact). */
export const dossierRecipient = (dossierCode: string): string => `dossier:${dossierCode}`;
export const unitRecipient = (unitCode: string): string => `unit:${unitCode}`;

/** How to reach each recipient: the only place in the system that keeps it. */
@Injectable()
export class ContactStore {
  /** The first one wins: a replayed event carries the same contact, and a later one must not redirect messages. */
  async saveOnce(manager: EntityManager, recipientKey: string, contact: Contact): Promise<void> {
    await manager.query(
      `INSERT INTO notification.contacts (recipient_key, phone, email, zalo_implied, unit_code) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (recipient_key) DO NOTHING`,
      [recipientKey, contact.phone ?? null, contact.email ?? null, !!contact.zaloImplied, contact.unitCode ?? null],
    );
  }

  /** Replaces the contact (a unit's duty contact set by its administrator). */
  async put(manager: EntityManager, recipientKey: string, contact: Contact): Promise<void> {
    await manager.query(
      `INSERT INTO notification.contacts (recipient_key, phone, email, unit_code) VALUES ($1, $2, $3, $4)
       ON CONFLICT (recipient_key) DO UPDATE SET phone = EXCLUDED.phone, email = EXCLUDED.email, updated_at = now()`,
      [recipientKey, contact.phone ?? null, contact.email ?? null, contact.unitCode ?? null],
    );
  }

  /** Undefined when the event that introduces the recipient has not reached notification (yet). */
  async find(manager: EntityManager, recipientKey: string): Promise<Contact | undefined> {
    const [row] = await manager.query(`SELECT phone, email, zalo_implied, unit_code FROM notification.contacts WHERE recipient_key = $1`, [recipientKey]);
    return row ? { phone: row.phone, email: row.email, zaloImplied: row.zalo_implied, unitCode: row.unit_code } : undefined;
  }

  /** The contact an event about a known recipient needs; thrown when it has not arrived yet (retried, then dead-lettered). */
  async require(manager: EntityManager, recipientKey: string): Promise<Contact> {
    const contact = await this.find(manager, recipientKey);
    if (!contact) throw new RecipientNotKnownYetError(recipientKey);
    return contact;
  }
}
