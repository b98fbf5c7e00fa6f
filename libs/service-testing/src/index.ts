// @motcua/service-testing: one service booted in-process against the real Postgres and NATS of the harness,
// with helpers to feed it events, call its RPCs and look at its schema, outbox and dead letters.
export { ServiceEnvironment, eventually, drained, type PublishedEvent } from './service-environment';
export { startServiceUnderTest, eventuallyTruthy, type ServiceUnderTest } from './service-under-test';
export { failure } from './failure';
