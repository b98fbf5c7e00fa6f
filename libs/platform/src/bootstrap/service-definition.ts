import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import type { DataSource } from 'typeorm';

export interface ServiceDefinition {
  /** Service name: NATS subjects `<service>.…`, queue group, consumer names. */
  service: string;
  /** The one Postgres schema the service owns. */
  schema: string;
  /** The service's own feature module(s). */
  imports: (Type | DynamicModule)[];
  entities?: Function[];
  /** The service's migrations; the messaging tables migration is added first for every service. */
  migrations?: Function[];
  defaultPort: number;
  /** Runs after migrations, before traffic: demo seed, reference data publication… */
  onStart?: (app: INestApplication, dataSource: DataSource, env: NodeJS.ProcessEnv) => Promise<void>;
  /** HTTP API of the service (the gateway). Other services serve health only. */
  http?: (app: INestApplication, env: NodeJS.ProcessEnv) => void;
}
