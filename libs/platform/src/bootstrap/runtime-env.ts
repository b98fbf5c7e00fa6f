/** What every service reads from its environment, with the defaults of a single-machine run. */
export interface RuntimeEnv {
  databaseUrl: string;
  port: number;
  /** Listen address: loopback by default; 0.0.0.0 in containers. */
  host: string;
  seedDemo: boolean;
  poolSize: number;
}

export function runtimeEnv(defaultPort: number, env: NodeJS.ProcessEnv = process.env): RuntimeEnv {
  return {
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/motcua',
    port: env.PORT !== undefined ? Number(env.PORT) : defaultPort,
    host: env.HOST ?? '127.0.0.1',
    seedDemo: env.SEED_DEMO === '1',
    poolSize: Number(env.DB_POOL_SIZE ?? 5),
  };
}
