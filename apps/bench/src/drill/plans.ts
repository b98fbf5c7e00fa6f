import { SERVICE_NAMES } from '@motcua/testing';
import type { FaultName } from './faults';
import type { DrillPlan } from './run-drill';

/** The short drill: one of each kind of fault, on the production topology, in about two minutes. */
export function shortPlan(): DrillPlan {
  return {
    topology: 'cluster',
    faults: ['intake', 'relay', 'nats-node', 'postgres'],
    rate: 5,
    steadyMs: 4000,
    downMs: 2000,
    // A node loss stalls consumers for ~45 s here (pull expiry 30 s + ack wait 30 s): room above that.
    recoveryTimeoutMs: 90_000,
    finalTimeoutMs: 90_000,
  };
}

export function longPlans(opts: { topology: 'single' | 'cluster' | 'both'; faults?: FaultName[]; rate: number; downMs: number }): DrillPlan[] {
  const base = { rate: opts.rate, steadyMs: 10_000, downMs: opts.downMs, recoveryTimeoutMs: 120_000, finalTimeoutMs: 180_000 };
  const plans: DrillPlan[] = [];
  if (opts.topology !== 'cluster') plans.push({ ...base, topology: 'single', faults: opts.faults ?? [...SERVICE_NAMES, 'nats', 'postgres'] });
  if (opts.topology !== 'single') plans.push({ ...base, topology: 'cluster', faults: opts.faults ?? ['nats-node', 'intake', 'nats'] });
  return plans;
}

