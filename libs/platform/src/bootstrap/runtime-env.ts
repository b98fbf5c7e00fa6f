/** What every service reads from its environment, with the defaults of a single-machine run. */
export interface RuntimeEnv {
  databaseUrl: string;
  port: number;
  seedDemo: boolean;
  poolSize: number;
}

export function runtimeEnv(defaultPort: number, env: NodeJS.ProcessEnv = process.env): RuntimeEnv {
  return {
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/motcua',
    port: env.PORT !== undefined ? Number(env.PORT) : defaultPort,
    seedDemo: env.SEED_DEMO === '1',
    poolSize: Number(env.DB_POOL_SIZE ?? 5),
  };
}
