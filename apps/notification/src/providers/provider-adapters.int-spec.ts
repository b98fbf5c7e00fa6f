import { startHttpProvider, type HttpProvider } from '../__tests__/http-provider';
import { PermanentDeliveryFailure, TemporaryDeliveryFailure } from './notification-provider';
import { HttpSmsGatewayProvider } from './sms/http-sms-gateway.provider';
import { toZaloPhone, ZnsProvider } from './zalo/zns.provider';

const sms = { deliveryId: '0b6f8a52-8d0e-4c8e-9f8e-1d7f3c2a1b00', channel: 'sms' as const, to: '0912345678', body: 'Hồ sơ đã có kết quả.' };
const zalo = { ...sms, channel: 'zalo' as const, providerTemplateId: '401234', params: { dossierCode: 'X' } };

describe('provider adapters against a local HTTP provider', () => {
  let http: HttpProvider;
  beforeAll(async () => {
    http = await startHttpProvider(() => ({ status: 200, body: { error: 0, data: { msg_id: 'm-1' }, messageId: 's-1' } }));
  });
  afterAll(() => http.close());

  const gateway = () => new HttpSmsGatewayProvider({ url: `${http.baseUrl}/sms`, sender: 'MOTCUA', timeoutMs: 1_000 });
  const zns = () => new ZnsProvider({ url: `${http.baseUrl}/zns`, accessToken: 't', timeoutMs: 1_000 });

  it('SMS: accepted answers give the gateway’s reference; a refused message is refused for good, naming only the code', async () => {
    expect(await gateway().send(sms)).toBe('s-1');
    http.script('/sms', { status: 400, body: { error: { code: 'INVALID_NUMBER', message: 'số 0912345678 không hợp lệ' } } });
    const refused = await gateway().send(sms).catch((e) => e);
    expect(refused).toBeInstanceOf(PermanentDeliveryFailure);
    expect(refused.reason).toBe('SMS gateway answered HTTP 400 (INVALID_NUMBER)');
  });

  it('SMS: throttling is temporary and carries Retry-After; an unreachable gateway is temporary', async () => {
    http.script('/sms', { status: 429, headers: { 'retry-after': '7' } });
    const throttled = await gateway().send(sms).catch((e) => e);
    expect(throttled).toBeInstanceOf(TemporaryDeliveryFailure);
    expect(throttled.retryAfterMs).toBe(7_000);
    const down = await new HttpSmsGatewayProvider({ url: 'http://127.0.0.1:9/sms', sender: 'MOTCUA', timeoutMs: 500 }).send(sms).catch((e) => e);
    expect(down).toBeInstanceOf(TemporaryDeliveryFailure);
    expect(down.reason).toMatch(/^SMS gateway unreachable/);
  });

  it('ZNS: a recipient or template error is for good, a token or quota error is retried', async () => {
    expect(await zns().send(zalo)).toBe('m-1');
    http.script('/zns', { status: 200, body: { error: -108, message: 'Phone number invalid' } }, { status: 200, body: { error: -124, message: 'Access token invalid' } });
    await expect(zns().send(zalo)).rejects.toEqual(new PermanentDeliveryFailure('ZNS error -108: phone number invalid'));
    await expect(zns().send(zalo)).rejects.toBeInstanceOf(TemporaryDeliveryFailure);
    await expect(zns().send({ ...zalo, providerTemplateId: undefined })).rejects.toBeInstanceOf(PermanentDeliveryFailure);
  });

  it('ZNS takes phone numbers in international form', () => {
    expect(toZaloPhone('0912345678')).toBe('84912345678');
    expect(toZaloPhone('+84912345678')).toBe('84912345678');
  });
});
