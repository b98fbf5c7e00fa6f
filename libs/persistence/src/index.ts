export * from './data-source/create-service-data-source';
export * from './migrations/migrate-under-lock';
export * from './migrations/messaging-tables.migration';
export * from './unit-of-work/unit-of-work';
export * from './unit-of-work/transaction-runner';
export * from './unit-of-work/idempotent-command';
export * from './sql/update-returning';
export * from './errors/database-unavailable';
