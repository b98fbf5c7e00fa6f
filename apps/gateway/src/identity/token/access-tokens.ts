import { Inject, Injectable } from '@nestjs/common';
import type { StaffActor } from '@motcua/contracts';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config/gateway-config';
import { signAccessToken, verifyAccessToken, type VerifyResult } from './access-token';

/** Access tokens with the process's secret and lifetime. */
@Injectable()
export class AccessTokens {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  issue(actor: StaffActor, sessionId: string): { token: string; expiresAt: Date } {
    return signAccessToken({ ...actor, sid: sessionId }, this.config.authSecret, { ttlSeconds: this.config.accessTokenTtlSeconds });
  }

  verify(token: string): VerifyResult {
    return verifyAccessToken(token, this.config.authSecret);
  }
}
