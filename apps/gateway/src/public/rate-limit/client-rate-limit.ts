import { Inject, Injectable, type CanActivate, type ExecutionContext, type Type } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '@motcua/contracts';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config/gateway-config';
import { FixedWindowLimiter } from './fixed-window-limiter';

/**
 * A guard class limiting requests per client IP (express `req.ip`; set TRUST_PROXY behind a reverse proxy), per
 * minute, per process. One class (and one counter) per use: lookups, catalogue and logins are counted apart.
 */
export function clientRateLimit(perMinute: (config: GatewayConfig) => number, message: (retryAfter: number) => string): Type<CanActivate> {
  @Injectable()
  class ClientRateLimit implements CanActivate {
    readonly limiter: FixedWindowLimiter;

    constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
      this.limiter = new FixedWindowLimiter(perMinute(config), 60_000);
    }

    canActivate(context: ExecutionContext): boolean {
      const request = context.switchToHttp().getRequest<Request>();
      const decision = this.limiter.hit(request.ip ?? request.socket.remoteAddress ?? 'unknown');
      if (!decision.allowed) {
        context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(decision.retryAfterSeconds));
        throw new AppError(429, 'rate_limited', message(decision.retryAfterSeconds));
      }
      return true;
    }
  }
  return ClientRateLimit;
}
