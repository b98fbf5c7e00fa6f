import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '@motcua/contracts';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config/gateway-config';
import { FixedWindowLimiter } from './fixed-window-limiter';

/** Per client IP (express `req.ip`; set TRUST_PROXY behind a reverse proxy), per minute, per process. */
@Injectable()
export class PublicLookupRateLimit implements CanActivate {
  private readonly limiter: FixedWindowLimiter;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.limiter = new FixedWindowLimiter(config.publicLookupsPerMinute, 60_000);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const decision = this.limiter.hit(request.ip ?? request.socket.remoteAddress ?? 'unknown');
    if (!decision.allowed) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(decision.retryAfterSeconds));
      throw new AppError(429, 'rate_limited', `Tra cứu quá nhiều lần; vui lòng thử lại sau ${decision.retryAfterSeconds} giây`);
    }
    return true;
  }
}
