import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, type RpcContract } from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { OverloadedError } from '../http/errors/overloaded.error';
import { currentLane, DownstreamSlots } from './in-flight-limit';

/** At most one log line per this interval about shed requests, however many were refused. */
const SHED_LOG_EVERY_MS = 10_000;

/**
 * The one way out of the gateway: a command or query to the owning service, with the gateway's timeout. A failure
 * comes back as the service's AppError (its status and fields), a silent service as a 503. Load shedding: beyond
 * GATEWAY_MAX_IN_FLIGHT calls waiting on one service (GATEWAY_MAX_IN_FLIGHT_PUBLIC from the public endpoints) the
 * request is refused at once with a 503 `overloaded` and Retry-After, before anything is sent.
 */
@Injectable()
export class Downstream {
  private readonly log = new Logger('Downstream');
  readonly slots: DownstreamSlots;
  private lastShedLogAt = 0;

  constructor(
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {
    this.slots = new DownstreamSlots(config.maxInFlightPerService, config.maxInFlightPublic);
  }

  async call<Req extends object, Res>(contract: RpcContract<Req, Res>, request: Req): Promise<Res> {
    const release = this.slots.acquire(contract.service, currentLane());
    if (!release) {
      this.noteShed();
      throw new OverloadedError();
    }
    try {
      return await this.rpc.call(contract, request, this.config.rpcTimeoutMs);
    } catch (error) {
      // The client's own 503 (no answer): say it to the clerk in Vietnamese; the service's own errors pass untouched.
      if (error instanceof AppError && error.status === 503 && error.code === 'service_unavailable') {
        throw new AppError(503, 'service_unavailable', `Dịch vụ ${contract.service} tạm thời không phản hồi; vui lòng thử lại sau giây lát`);
      }
      throw error;
    } finally {
      release();
    }
  }

  /** Counts, no request data: one line per interval rather than one per refused request (a flood would flood the log). */
  private noteShed(): void {
    const now = Date.now();
    if (now - this.lastShedLogAt < SHED_LOG_EVERY_MS) return;
    this.lastShedLogAt = now;
    this.log.warn({
      msg: 'overloaded: requests refused (load shedding)',
      refused: this.slots.takeShedCount(),
      inFlight: this.slots.inFlight(),
      maxPerService: this.config.maxInFlightPerService,
      maxPublic: this.config.maxInFlightPublic,
    });
  }
}
