import 'reflect-metadata';
import { Global, Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import {
  connectNats,
  currentCorrelationId,
  HEADER,
  JetStreamServer,
  messagingConfigFromEnv,
  OutboxRelay,
  RpcClient,
  RpcServer,
  type MessagingConfig,
  type RetryPolicy,
} from '@motcua/messaging';
import { createServiceDataSource, messagingTablesMigration, migrateUnderLock, TransactionRunner } from '@motcua/persistence';
import { deadLettersController } from '../dead-letters/dead-letters.controller';
import { HealthController } from '../health/health.controller';
import { correlationMiddleware } from '../http/correlation.middleware';
import { createPinoLogger, JsonLogger } from '../logging/json-logger';
import { runtimeEnv } from './runtime-env';
import type { ServiceDefinition } from './service-definition';
import { MESSAGING_CONFIG, NATS_CONNECTION, SERVICE_ENV } from './tokens';

export interface RunningService {
  app: INestApplication;
  config: MessagingConfig;
  dataSource: DataSource;
  nc: NatsConnection;
  relay: OutboxRelay;
  events: JetStreamServer;
  url: string;
  close(): Promise<void>;
}

export interface BootstrapOverrides {
  env?: NodeJS.ProcessEnv;
  retry?: RetryPolicy;
  ackWaitMs?: number;
}

/**
 * Starts one service: its schema migrated under a lock, its NATS connection, the outbox relay, the JetStream
 * event transport, the RPC transport and an HTTP server (health, plus the gateway's API), in that order.
 */
export async function bootstrapService(definition: ServiceDefinition, overrides: BootstrapOverrides = {}): Promise<RunningService> {
  // What a failed start already opened is closed again, so a failing start leaks no pool or connection.
  const opened: (() => Promise<unknown>)[] = [];
  try {
    return await startService(definition, overrides, (undo) => opened.push(undo));
  } catch (error) {
    for (const undo of opened.reverse()) await undo().catch(() => undefined);
    throw error;
  }
}

async function startService(
  definition: ServiceDefinition,
  overrides: BootstrapOverrides,
  onUndo: (undo: () => Promise<unknown>) => void,
): Promise<RunningService> {
  const env = overrides.env ?? process.env;
  const runtime = runtimeEnv(definition.defaultPort, env);
  const config = messagingConfigFromEnv(definition.service, env);
  const logger = new JsonLogger(createPinoLogger(definition.service, env.LOG_LEVEL));

  const dataSource = createServiceDataSource({
    url: runtime.databaseUrl,
    schema: definition.schema,
    entities: definition.entities,
    migrations: [messagingTablesMigration(definition.schema), ...(definition.migrations ?? [])],
    poolSize: runtime.poolSize,
  });
  await dataSource.initialize();
  onUndo(() => dataSource.destroy());
  const applied = await migrateUnderLock(dataSource, definition.schema);
  if (applied.length > 0) logger.log({ msg: 'migrations applied', migrations: applied }, 'bootstrap');

  const nc = await connectNats(config);
  onUndo(() => nc.drain());
  const connection = () => nc;
  const relay = new OutboxRelay({ dataSource, schema: definition.schema, config, connection });
  const runner = new TransactionRunner(dataSource, definition.schema, {
    outboxHeaders: (): Record<string, string> => {
      const correlationId = currentCorrelationId();
      return correlationId ? { [HEADER.correlationId]: correlationId } : {};
    },
    onOutboxCommitted: () => relay.nudge(),
  });
  // How long JetStream waits for an ack before redelivering (a consumer that died mid-handler); drills shorten it.
  const ackWaitMs = overrides.ackWaitMs ?? (env.NATS_ACK_WAIT_MS ? Number(env.NATS_ACK_WAIT_MS) : undefined);
  const events = new JetStreamServer({ config, connection, retry: overrides.retry, ackWaitMs });
  const rpc = new RpcServer({ config, connection });

  @Global()
  @Module({})
  class PlatformModule {
    static forRoot(): DynamicModule {
      return {
        module: PlatformModule,
        controllers: [HealthController, deadLettersController(definition.service)],
        providers: [
          { provide: MESSAGING_CONFIG, useValue: config },
          { provide: SERVICE_ENV, useValue: env },
          { provide: NATS_CONNECTION, useValue: nc },
          { provide: DataSource, useValue: dataSource },
          { provide: TransactionRunner, useValue: runner },
          { provide: OutboxRelay, useValue: relay },
          { provide: JetStreamServer, useValue: events },
          { provide: RpcClient, useValue: new RpcClient({ config, connection }) },
        ],
        exports: [SERVICE_ENV, MESSAGING_CONFIG, NATS_CONNECTION, DataSource, TransactionRunner, OutboxRelay, JetStreamServer, RpcClient],
      };
    }
  }

  @Module({ imports: [PlatformModule.forRoot(), ...definition.imports] })
  class ServiceRootModule {}

  const app = await NestFactory.create(ServiceRootModule, { logger, bufferLogs: false });
  onUndo(() => app.close());
  app.use(correlationMiddleware);
  definition.http?.(app, env);
  await definition.onStart?.(app, dataSource, env);
  app.connectMicroservice({ strategy: rpc });
  app.connectMicroservice({ strategy: events });
  await relay.start();
  onUndo(() => relay.stop());
  await app.startAllMicroservices();
  await app.listen(runtime.port, runtime.host);
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  logger.log({ msg: 'service ready', url, prefix: config.prefix }, 'bootstrap');

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await events.close();
      await rpc.close();
      await relay.stop();
      await app.close();
      await nc.drain().catch(() => undefined);
      await dataSource.destroy().catch(() => undefined);
    })());
  return { app, config, dataSource, nc, relay, events, url, close };
}

/** Entry point of a service process: start it, and stop it cleanly on SIGTERM / SIGINT. */
export function runServiceProcess(definition: ServiceDefinition): void {
  bootstrapService(definition).then(
    (running) => {
      const stop = (signal: string) => {
        process.stdout.write(JSON.stringify({ level: 30, service: definition.service, msg: `${signal}: stopping` }) + '\n');
        running.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    },
    (error) => {
      process.stderr.write(JSON.stringify({ level: 60, service: definition.service, msg: 'start failed', error: String(error?.stack ?? error) }) + '\n');
      process.exit(1);
    },
  );
}
