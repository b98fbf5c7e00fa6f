import { Inject, Injectable } from '@nestjs/common';
import { AppError, type RpcContract } from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';

/**
 * The one way out of the gateway: a command or query to the owning service, with the gateway's timeout. A failure
 * comes back as the service's AppError (its status and fields), a silent service as a 503.
 */
@Injectable()
export class Downstream {
  constructor(
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async call<Req extends object, Res>(contract: RpcContract<Req, Res>, request: Req): Promise<Res> {
    try {
      return await this.rpc.call(contract, request, this.config.rpcTimeoutMs);
    } catch (error) {
      // The client's own 503 (no answer): say it to the clerk in Vietnamese; the service's own errors pass untouched.
      if (error instanceof AppError && error.status === 503 && error.code === 'service_unavailable') {
        throw new AppError(503, 'service_unavailable', `Dịch vụ ${contract.service} tạm thời không phản hồi; vui lòng thử lại sau giây lát`);
      }
      throw error;
    }
  }
}
