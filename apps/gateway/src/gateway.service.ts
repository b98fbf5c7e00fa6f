import { Logger } from '@nestjs/common';
import type { ServiceDefinition } from '@motcua/platform';
import { CounterSessionsModule } from './auth/counter-sessions';
import { gatewayConfigFromEnv } from './config/gateway-config';
import { gatewayConfigModule } from './config/gateway-config.module';
import { GatewayModule } from './gateway.module';
import { configureHttp } from './http/configure-http';
import { BootstrapAdmin } from './identity/bootstrap/bootstrap-admin';
import { SeedDemoAccounts } from './identity/seed/seed-demo-accounts';
import { IdentityStaff1763700000700 } from './migrations/1763700000700-identity-staff';
import { IdentitySessionsAudit1763700000800 } from './migrations/1763700000800-identity-sessions-audit';

/**
 * The gateway, configured from `env`. A factory (not only a constant) because the platform's hooks do not receive
 * the env given to bootstrapService: a test passes the same env here and to bootstrapService.
 */
export function createGatewayService(env: NodeJS.ProcessEnv = process.env): ServiceDefinition {
  const config = gatewayConfigFromEnv(env);
  return {
    service: 'gateway',
    schema: 'identity',
    imports: [gatewayConfigModule(config), CounterSessionsModule, GatewayModule],
    migrations: [IdentityStaff1763700000700, IdentitySessionsAudit1763700000800],
    defaultPort: 3000,
    http: (app) => configureHttp(app, config),
    onStart: async (app) => {
      if (config.authSecretIsEphemeral) {
        new Logger('Gateway').warn(
          'AUTH_SECRET is not set: access tokens are signed with a random key of this process; they stop working at restart and other replicas reject them',
        );
      }
      if (config.seedDemo) await app.get(SeedDemoAccounts).execute();
      await app.get(BootstrapAdmin).execute();
    },
  };
}

export const gatewayService: ServiceDefinition = createGatewayService();
