import { Global, Module, type Type } from '@nestjs/common';
import { GATEWAY_CONFIG, type GatewayConfig } from './gateway-config';

/**
 * A global module holding one GatewayConfig. A class per config (not a DynamicModule) because
 * ServiceDefinition.imports takes classes, and the config comes from the env the service was started with.
 */
export function gatewayConfigModule(config: GatewayConfig): Type {
  @Global()
  @Module({ providers: [{ provide: GATEWAY_CONFIG, useValue: config }], exports: [GATEWAY_CONFIG] })
  class GatewayConfigModule {}
  return GatewayConfigModule;
}
