import { SERVICE_NAMES, isServiceName, type ServiceName } from '@motcua/testing';

/** `--services a,b` or `--services=a,b`; all services when absent. */
export function parseServices(argv: readonly string[]): ServiceName[] {
  const i = argv.findIndex((a) => a === '--services' || a.startsWith('--services='));
  if (i < 0) return [...SERVICE_NAMES];
  const value = argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
  const names = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !isServiceName(n));
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(`--services: unknown ${unknown.join(', ') || '(empty)'}; known: ${SERVICE_NAMES.join(', ')}`);
  }
  return names as ServiceName[];
}
