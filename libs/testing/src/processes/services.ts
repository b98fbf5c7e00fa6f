/** The services of the system, each its own process (apps/<name>/src/main.ts), and their default HTTP ports. */
export const SERVICE_PORTS = {
  gateway: 3000,
  intake: 3101,
  routing: 3102,
  relay: 3103,
  scheduling: 3104,
  notification: 3105,
  tracking: 3106,
} as const;

export type ServiceName = keyof typeof SERVICE_PORTS;

export const SERVICE_NAMES = Object.keys(SERVICE_PORTS) as ServiceName[];

export const READY_PATH = '/health/ready';

export function isServiceName(name: string): name is ServiceName {
  return Object.prototype.hasOwnProperty.call(SERVICE_PORTS, name);
}

/** The entry file of a service, relative to the workspace root. */
export function serviceEntry(name: string): string {
  return `apps/${name}/src/main.ts`;
}
