// @motcua/testing: the test harness. Postgres and NATS from the environment, a container runtime or the local
// defaults; per-suite databases cloned from migrated templates; per-suite NATS prefixes; services as processes.
export { resolveInfrastructure, resolvePostgres, resolveNats, redactUrl, LOCAL_DATABASE_URL, LOCAL_NATS_URL } from './infrastructure/resolve';
export type { Infrastructure, InfraSource, ResolvedUrl, ResolveOptions, ResolveDeps } from './infrastructure/resolve';
export { probePostgres, type ProbeResult } from './infrastructure/probe-postgres';
export { probeJetStream, natsServers } from './infrastructure/probe-nats';
export { probeContainerRuntime } from './infrastructure/containers';

export { createTestDatabase, type TestDatabase, type CreateTestDatabaseOptions } from './database/test-database';
export { createMigratedTemplate, type MigratedTemplateOptions } from './database/template';
export { fingerprintFiles } from './database/fingerprint';
export { sweepTestDatabases, type SweepOptions } from './database/sweep';
export { databaseUrlFor, quoteIdent, withClient } from './database/pg-admin';
export { runKey } from './database/run-key';

export { randomPrefix } from './nats/prefix';
export { cleanupNatsPrefix, streamBelongsTo } from './nats/cleanup';

export { SERVICE_NAMES, SERVICE_PORTS, READY_PATH, isServiceName, serviceEntry, type ServiceName } from './processes/services';
export { startServiceProcess, type ServiceProcess, type ExitInfo, type StartServiceOptions } from './processes/service-process';
export { manageService, type ManagedService, type ManagedServiceOptions, type RestartPolicy } from './processes/managed-service';
export { startSystem, assertPortsFree, type StartSystemOptions, type RunningSystem } from './processes/system';
export { isPortFree, freePort } from './processes/ports';
export { httpStatus } from './processes/wait-http';
export { prefixer, type OutputMode } from './processes/output';
export { workspaceRoot } from './workspace';
export { SystemUnderTest } from './system/system-under-test';
