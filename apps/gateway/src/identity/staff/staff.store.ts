import { Injectable } from '@nestjs/common';
import type { StaffRole } from '@motcua/contracts';
import { DataSource, type EntityManager } from 'typeorm';

export interface StaffRecord {
  id: string;
  username: string;
  displayName: string;
  unitCode: string;
  roles: StaffRole[];
  passwordHash: string;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type NewStaff = Pick<StaffRecord, 'username' | 'displayName' | 'unitCode' | 'roles' | 'passwordHash'> & { mustChangePassword?: boolean };
export type StaffChanges = Partial<Pick<StaffRecord, 'displayName' | 'unitCode' | 'roles' | 'disabled'>>;

/** Anything that runs SQL: the DataSource, or the EntityManager of a transaction. */
export type Sql = Pick<DataSource | EntityManager, 'query'>;

const COLUMNS = `id, username, display_name, unit_code, roles, password_hash, disabled, must_change_password, created_at, updated_at`;

function toRecord(r: any): StaffRecord {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    unitCode: r.unit_code,
    roles: r.roles,
    passwordHash: r.password_hash,
    disabled: r.disabled,
    mustChangePassword: r.must_change_password,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Staff accounts in identity.staff (raw SQL: `schema` does not set search_path, so names are qualified). */
@Injectable()
export class StaffStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Usernames are case-insensitive: stored and looked up lower-case. */
  static normalize(username: string): string {
    return username.trim().toLowerCase();
  }

  async findByUsername(username: string, sql: Sql = this.dataSource): Promise<StaffRecord | undefined> {
    const rows = await sql.query(`SELECT ${COLUMNS} FROM identity.staff WHERE username = $1`, [StaffStore.normalize(username)]);
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  /** `forUpdate` inside a transaction: the row stays as read until commit. */
  async findById(id: string, sql: Sql = this.dataSource, forUpdate = false): Promise<StaffRecord | undefined> {
    const rows = await sql.query(`SELECT ${COLUMNS} FROM identity.staff WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async list(filter: { unitCode?: string; role?: StaffRole; includeDisabled: boolean; limit: number; offset: number }): Promise<{ items: StaffRecord[]; total: number }> {
    const where = `($1::text IS NULL OR unit_code = $1) AND ($2::text IS NULL OR $2 = ANY(roles)) AND ($3 OR NOT disabled)`;
    const params = [filter.unitCode ?? null, filter.role ?? null, filter.includeDisabled];
    const rows = await this.dataSource.query(`SELECT ${COLUMNS} FROM identity.staff WHERE ${where} ORDER BY unit_code, username LIMIT $4 OFFSET $5`, [
      ...params,
      filter.limit,
      filter.offset,
    ]);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM identity.staff WHERE ${where}`, params);
    return { items: rows.map(toRecord), total };
  }

  /** The active accounts of one unit holding any of `roles`, by name (a unit has tens of staff, not thousands). */
  async activeWithAnyRole(unitCode: string, roles: StaffRole[]): Promise<StaffRecord[]> {
    const rows = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM identity.staff WHERE unit_code = $1 AND roles && $2::text[] AND NOT disabled ORDER BY display_name, username LIMIT 500`,
      [unitCode, roles],
    );
    return rows.map(toRecord);
  }

  async existingUsernames(usernames: string[]): Promise<Set<string>> {
    const rows: { username: string }[] = await this.dataSource.query(`SELECT username FROM identity.staff WHERE username = ANY($1::text[])`, [
      usernames.map(StaffStore.normalize),
    ]);
    return new Set(rows.map((r) => r.username));
  }

  /** Inserts unless the username exists (an existing account, and its password, is left as it is). */
  async insertIfAbsent(staff: NewStaff, sql: Sql = this.dataSource): Promise<StaffRecord | undefined> {
    const rows = await sql.query(
      `INSERT INTO identity.staff (username, display_name, unit_code, roles, password_hash, must_change_password)
       VALUES ($1, $2, $3, $4::text[], $5, $6) ON CONFLICT (username) DO NOTHING RETURNING ${COLUMNS}`,
      [StaffStore.normalize(staff.username), staff.displayName, staff.unitCode, staff.roles, staff.passwordHash, staff.mustChangePassword ?? false],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async update(id: string, changes: StaffChanges, sql: Sql): Promise<StaffRecord> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows] = await sql.query(
      `UPDATE identity.staff SET display_name = coalesce($2, display_name), unit_code = coalesce($3, unit_code),
         roles = coalesce($4::text[], roles), disabled = coalesce($5, disabled), updated_at = now()
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, changes.displayName ?? null, changes.unitCode ?? null, changes.roles ?? null, changes.disabled ?? null],
    );
    return toRecord(rows[0]);
  }

  async setPassword(id: string, passwordHash: string, mustChangePassword: boolean, sql: Sql = this.dataSource): Promise<void> {
    await sql.query(
      `UPDATE identity.staff SET password_hash = $2, must_change_password = $3, password_changed_at = now(), updated_at = now() WHERE id = $1`,
      [id, passwordHash, mustChangePassword],
    );
  }

  /** Upgrades the stored hash's parameters after a successful login; the password itself is unchanged. */
  async rehash(id: string, passwordHash: string): Promise<void> {
    await this.dataSource.query(`UPDATE identity.staff SET password_hash = $2 WHERE id = $1`, [id, passwordHash]);
  }

  async activeProvinceAdminExists(sql: Sql = this.dataSource): Promise<boolean> {
    const rows = await sql.query(`SELECT 1 FROM identity.staff WHERE 'province-admin' = ANY(roles) AND NOT disabled LIMIT 1`);
    return rows.length > 0;
  }
}
