import { DataSource, type MixedList, type EntitySchema } from 'typeorm';

export interface ServiceDataSourceOptions {
  /** postgres://… URL of the database that holds every service's schema (or this service's own server). */
  url: string;
  /** The one schema this service owns. */
  schema: string;
  entities?: MixedList<Function | string | EntitySchema>;
  migrations?: MixedList<Function | string>;
  /** Postgres here allows 100 connections for every service and test: keep pools small. */
  poolSize?: number;
}

/** A DataSource bound to one service's schema. Never `synchronize`: the schema comes from migrations only. */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities ?? [],
    migrations: options.migrations ?? [],
    migrationsTableName: `${options.schema}_migrations`,
    synchronize: false,
    logging: false,
    // findOneBy({ id: undefined }) must fail loudly, not return the first row.
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    extra: { max: options.poolSize ?? 5, application_name: `motcua-${options.schema}` },
  });
}
