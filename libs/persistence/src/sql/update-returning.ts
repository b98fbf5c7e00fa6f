import type { EntityManager } from 'typeorm';

/**
 * Rows of an UPDATE … RETURNING. TypeORM's Postgres driver answers UPDATE and DELETE with [rows, rowCount] rather
 * than the rows themselves (SELECT and INSERT give the rows).
 */
export async function updateReturning<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result = await manager.query(sql, params);
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[0] : result;
}
