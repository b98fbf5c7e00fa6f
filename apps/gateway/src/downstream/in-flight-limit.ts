import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/** A counter of calls in flight with a ceiling: a slot is taken at once or not at all (no queue, no waiting). */
export class InFlightLimit {
  private inFlight = 0;

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new Error(`an in-flight limit must be a positive integer, got ${max}`);
  }

  get current(): number {
    return this.inFlight;
  }

  tryAcquire(): boolean {
    if (this.inFlight >= this.max) return false;
    this.inFlight++;
    return true;
  }

  release(): void {
    if (this.inFlight > 0) this.inFlight--;
  }
}

export type Lane = 'staff' | 'public';

/** Releases what `acquire` took; a second call does nothing. */
export type Release = () => void;

/**
 * The gateway's load shedding: per downstream service at most `perService` commands and queries waiting for an answer
 * from this process, and of those at most `publicMax` (all services together) from the public endpoints, so that
 * anonymous traffic cannot take the desks' share. Only calls to services count: health, login, refresh, logout and the
 * web app never call a service and are never shed.
 */
export class DownstreamSlots {
  private readonly services = new Map<string, InFlightLimit>();
  private readonly publicLane: InFlightLimit;
  private shed = 0;

  constructor(
    private readonly perService: number,
    publicMax: number,
  ) {
    this.publicLane = new InFlightLimit(publicMax);
  }

  /** A release function, or undefined when full (the caller answers 503 `overloaded`). */
  acquire(service: string, lane: Lane): Release | undefined {
    let limit = this.services.get(service);
    if (!limit) this.services.set(service, (limit = new InFlightLimit(this.perService)));
    if (lane === 'public' && !this.publicLane.tryAcquire()) return this.refuse();
    if (!limit.tryAcquire()) {
      if (lane === 'public') this.publicLane.release();
      return this.refuse();
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      limit.release();
      if (lane === 'public') this.publicLane.release();
    };
  }

  /** Calls in flight per service, and on the public lane. */
  inFlight(): { services: Record<string, number>; public: number } {
    return { services: Object.fromEntries([...this.services].map(([s, l]) => [s, l.current])), public: this.publicLane.current };
  }

  /** Requests refused since the last call (for a periodic log line rather than one line per refusal). */
  takeShedCount(): number {
    const n = this.shed;
    this.shed = 0;
    return n;
  }

  private refuse(): undefined {
    this.shed++;
    return undefined;
  }
}

const lane = new AsyncLocalStorage<Lane>();

/** The lane of the request being served: 'public' under /api/public (see publicLaneMiddleware), else 'staff'. */
export function currentLane(): Lane {
  return lane.getStore() ?? 'staff';
}

/**
 * Mounted on /api/public: the rest of the request runs on the public lane. Every public endpoint that reaches a
 * service lives there (status lookup, rating, catalogue, slots, bookings, queue tickets); login and refresh do not
 * call services.
 */
export function publicLaneMiddleware(_req: Request, _res: Response, next: NextFunction): void {
  lane.run('public', () => next());
}
