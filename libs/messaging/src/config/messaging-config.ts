export interface MessagingConfig {
  natsUrl: string;
  /** Prefix of every subject, stream, consumer and bucket, so several systems or test suites share one server. */
  prefix: string;
  /** The service this process runs (also the queue group of its RPC handlers and the owner of its consumers). */
  service: string;
  /** 'memory' for tests, 'file' otherwise. */
  storage: 'file' | 'memory';
  /** Stream replicas: 1 on one machine, 3 on a cluster. */
  replicas: number;
}

export function messagingConfigFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): MessagingConfig {
  return {
    natsUrl: env.NATS_URL ?? 'nats://127.0.0.1:4222',
    prefix: env.MESSAGING_PREFIX ?? 'motcua',
    service,
    storage: env.NATS_STORAGE === 'memory' ? 'memory' : 'file',
    replicas: Number(env.NATS_REPLICAS ?? 1),
  };
}
