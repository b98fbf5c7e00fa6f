import { Controller } from '@nestjs/common';
import { ServiceIndicatorsRpc, type ServiceIndicators, type ServiceIndicatorsQuery } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { BuildIndicators } from './build-indicators';

/** Decision 766 service-quality indicators for a unit and the units under it. */
@Controller()
export class IndicatorsHandler {
  constructor(private readonly build: BuildIndicators) {}

  @OnRpc(ServiceIndicatorsRpc)
  indicators(query: ServiceIndicatorsQuery): Promise<ServiceIndicators> {
    return this.build.execute(query);
  }
}
