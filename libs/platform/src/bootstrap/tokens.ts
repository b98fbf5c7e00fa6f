export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const MESSAGING_CONFIG = Symbol('MESSAGING_CONFIG');
/** The environment the service was started with (a test's env in-process): read settings from it, not process.env. */
export const SERVICE_ENV = Symbol('SERVICE_ENV');
