import { Injectable } from '@nestjs/common';
import type { StaffRole } from '@motcua/contracts';
import { DataSource } from 'typeorm';

export interface StaffRecord {
  id: string;
  username: string;
  displayName: string;
  unitCode: string;
  roles: StaffRole[];
  passwordHash: string;
  disabled: boolean;
}

export type NewStaff = Omit<StaffRecord, 'id' | 'disabled'>;

/** Staff accounts in identity.staff (raw SQL: `schema` does not set search_path, so names are qualified). */
@Injectable()
export class StaffStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Usernames are case-insensitive: stored and looked up lower-case. */
  static normalize(username: string): string {
    return username.trim().toLowerCase();
  }

  async findByUsername(username: string): Promise<StaffRecord | undefined> {
    const rows = await this.dataSource.query(
      `SELECT id, username, display_name, unit_code, roles, password_hash, disabled FROM identity.staff WHERE username = $1`,
      [StaffStore.normalize(username)],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id,
          username: r.username,
          displayName: r.display_name,
          unitCode: r.unit_code,
          roles: r.roles,
          passwordHash: r.password_hash,
          disabled: r.disabled,
        }
      : undefined;
  }

  async existingUsernames(usernames: string[]): Promise<Set<string>> {
    const rows: { username: string }[] = await this.dataSource.query(`SELECT username FROM identity.staff WHERE username = ANY($1::text[])`, [
      usernames.map(StaffStore.normalize),
    ]);
    return new Set(rows.map((r) => r.username));
  }

  /** Inserts unless the username exists (an existing account, and its password, is left as it is). */
  async insertIfAbsent(staff: NewStaff): Promise<boolean> {
    const rows = await this.dataSource.query(
      `INSERT INTO identity.staff (username, display_name, unit_code, roles, password_hash)
       VALUES ($1, $2, $3, $4::text[], $5) ON CONFLICT (username) DO NOTHING RETURNING id`,
      [StaffStore.normalize(staff.username), staff.displayName, staff.unitCode, staff.roles, staff.passwordHash],
    );
    return rows.length > 0;
  }
}
