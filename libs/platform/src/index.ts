export * from './bootstrap/bootstrap-service';
export * from './bootstrap/service-definition';
export * from './bootstrap/runtime-env';
export * from './bootstrap/tokens';
export * from './logging/json-logger';
export * from './http/correlation.middleware';
export * from './calendar/legal-calendar.provider';
export * from './reference/reference-replica-base';
