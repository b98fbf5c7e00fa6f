import { gatewayConfigFromEnv } from './gateway-config';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('gateway configuration', () => {
  it('has working defaults for a single machine', () => {
    const config = gatewayConfigFromEnv({});
    expect(config).toMatchObject({
      production: false,
      authSecretIsEphemeral: true,
      accessTokenTtlSeconds: 900,
      loginMaxFailures: 5,
      corsOrigins: [],
      seedDemo: false,
      bootstrapAdmin: undefined,
    });
    expect(config.refreshTokenTtlSeconds).toBeLessThanOrEqual(config.sessionMaxSeconds);
  });

  it('refuses in production what only suits a demo: no secret, the demo seed', () => {
    expect(() => gatewayConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET is required/);
    expect(() => gatewayConfigFromEnv({ NODE_ENV: 'production', AUTH_SECRET: SECRET, SEED_DEMO: '1' })).toThrow(/SEED_DEMO/);
    expect(gatewayConfigFromEnv({ NODE_ENV: 'production', AUTH_SECRET: SECRET }).production).toBe(true);
  });

  it('reads the first administrator as a whole or not at all', () => {
    expect(gatewayConfigFromEnv({ BOOTSTRAP_ADMIN_USERNAME: 'admin', BOOTSTRAP_ADMIN_PASSWORD: 'x', BOOTSTRAP_ADMIN_UNIT: '87' }).bootstrapAdmin).toEqual({
      username: 'admin',
      password: 'x',
      unitCode: '87',
      displayName: expect.any(String),
    });
    expect(() => gatewayConfigFromEnv({ BOOTSTRAP_ADMIN_USERNAME: 'admin' })).toThrow(/go together/);
  });

  it('takes CORS origins as an explicit list, never a wildcard', () => {
    expect(gatewayConfigFromEnv({ CORS_ORIGINS: 'https://motcua.dongthap.gov.vn, http://localhost:5173' }).corsOrigins).toEqual([
      'https://motcua.dongthap.gov.vn',
      'http://localhost:5173',
    ]);
    expect(() => gatewayConfigFromEnv({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(() => gatewayConfigFromEnv({ CORS_ORIGINS: 'motcua.gov.vn' })).toThrow(/CORS_ORIGINS/);
  });

  it('caps the calls in flight per service, the public endpoints at half unless told otherwise', () => {
    expect(gatewayConfigFromEnv({})).toMatchObject({ maxInFlightPerService: 64, maxInFlightPublic: 32 });
    expect(gatewayConfigFromEnv({ GATEWAY_MAX_IN_FLIGHT: '40' })).toMatchObject({ maxInFlightPerService: 40, maxInFlightPublic: 20 });
    expect(gatewayConfigFromEnv({ GATEWAY_MAX_IN_FLIGHT: '1' }).maxInFlightPublic).toBe(1);
    expect(gatewayConfigFromEnv({ GATEWAY_MAX_IN_FLIGHT: '40', GATEWAY_MAX_IN_FLIGHT_PUBLIC: '40' }).maxInFlightPublic).toBe(40);
    expect(() => gatewayConfigFromEnv({ GATEWAY_MAX_IN_FLIGHT: '40', GATEWAY_MAX_IN_FLIGHT_PUBLIC: '41' })).toThrow(/must not exceed/);
    expect(() => gatewayConfigFromEnv({ GATEWAY_MAX_IN_FLIGHT: '0' })).toThrow(/GATEWAY_MAX_IN_FLIGHT/);
  });

  it('stops on a typo rather than running with a surprising limit', () => {
    expect(() => gatewayConfigFromEnv({ HTTP_BODY_LIMIT_BYTES: '64kb' })).toThrow(/HTTP_BODY_LIMIT_BYTES/);
    expect(() => gatewayConfigFromEnv({ LOGIN_MAX_FAILURES: '0' })).toThrow(/LOGIN_MAX_FAILURES/);
    expect(() => gatewayConfigFromEnv({ AUTH_SECRET: 'short' })).toThrow(/at least 32/);
  });
});
