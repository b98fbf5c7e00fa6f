import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Recipient } from '../ledger/compose-messages';

/** How to reach the citizen of each dossier, as intake passed it on at reception. */
@Injectable()
export class RecipientStore {
  /** The first reception wins: a replayed DossierReceived carries the same contact. */
  async save(manager: EntityManager, dossierCode: string, recipient: Recipient): Promise<void> {
    await manager.query(
      `INSERT INTO notification.recipients (dossier_code, phone, email) VALUES ($1, $2, $3) ON CONFLICT (dossier_code) DO NOTHING`,
      [dossierCode, recipient.phone ?? null, recipient.email ?? null],
    );
  }

  /** Undefined when the dossier's reception has not reached notification (yet). */
  async find(manager: EntityManager, dossierCode: string): Promise<Recipient | undefined> {
    const [row] = await manager.query(`SELECT phone, email FROM notification.recipients WHERE dossier_code = $1`, [dossierCode]);
    return row ? { phone: row.phone, email: row.email } : undefined;
  }
}
