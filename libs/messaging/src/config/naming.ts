/** Every NATS name the system uses, derived from the prefix, so that nothing is spelled twice. */
export const naming = {
  subject: (prefix: string, subject: string): string => `${prefix}.${subject}`,
  unprefixed: (prefix: string, subject: string): string => subject.slice(prefix.length + 1),
  eventStream: (prefix: string, producer: string): string => `${prefix}_${producer}_events`.toUpperCase(),
  eventSubjects: (prefix: string, producer: string): string => `${prefix}.${producer}.evt.>`,
  deadLetterStream: (prefix: string): string => `${prefix}_dead_letters`.toUpperCase(),
  deadLetterSubject: (prefix: string, service: string, durable: string): string => `${prefix}.dlq.${service}.${durable}`,
  deadLetterFilter: (prefix: string, service: string): string => `${prefix}.dlq.${service}.>`,
  /** One durable per (consuming service, event subject): replicas of a service share it. */
  durable: (service: string, subject: string): string => `${service}__${subject.replace(/[.>*]/g, '_')}`,
  bucket: (prefix: string, name: string): string => `${prefix}_${name}`,
  /** The producing service of an event subject `<service>.evt.…`. */
  producerOf: (subject: string): string => subject.split('.')[0],
} as const;

/** Headers the system sets on every event besides Nats-Msg-Id. */
export const HEADER = {
  messageId: 'Motcua-Message-Id',
  correlationId: 'Motcua-Correlation-Id',
  occurredAt: 'Motcua-Occurred-At',
  producer: 'Motcua-Producer',
  deadLetterError: 'Motcua-Dead-Letter-Error',
  deadLetterSubject: 'Motcua-Original-Subject',
  deadLetterConsumer: 'Motcua-Consumer',
  deadLetterDeliveries: 'Motcua-Deliveries',
  deadLetterAt: 'Motcua-Dead-Lettered-At',
} as const;
