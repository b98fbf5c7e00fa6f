import { randomUUID } from 'node:crypto';
import { GatewayClient } from './http-client';
import { SystemUnderTest } from '@motcua/testing';
import { eventually } from './eventually';

const landChange = {
  procedureCode: '2.001458',
  channel: 'counter',
  resultDelivery: 'desk',
  applicant: { fullName: 'Trần Văn An', idNumber: '087090004321', phone: '0987654321', address: 'Ấp Phước Tiên, xã Tân Phước' },
  documents: [
    { code: 'don-dang-ky-bien-dong', present: true },
    { code: 'hop-dong', present: true },
    { code: 'giay-chung-nhan', present: true },
  ],
};

/**
 * The catalogue and the unit tree are replicated to intake (NATS KV): the desk issues receipts — and refuses what no
 * unit may decide — with routing stopped; the dossiers are routed once routing is back.
 */
describe('intake keeps receiving while routing is down', () => {
  const sut = new SystemUnderTest();
  let clerk: GatewayClient;
  let handler: GatewayClient;

  beforeAll(async () => {
    await sut.start();
    const anonymous = new GatewayClient(sut.gatewayUrl);
    clerk = await anonymous.login('clerk.tanphuoc');
    handler = await anonymous.login('handler.tanhong');
  });
  afterAll(() => sut.stop());

  it('issues the receipt with routing stopped, and routes the dossier to 869 when routing is back', async () => {
    const routing = sut.system.service('routing');
    await routing.stop();

    const res = await clerk.post('/api/dossiers', landChange, randomUUID());
    expect(res.status).toBe(201);
    expect(res.body.dossierCode).toMatch(/^000\.72\.69\.H20-\d{6}-\d{4}$/);
    // The same rules as routing's, from the replica: a desk refuses what it may not take.
    const marriageByPost = { ...landChange, procedureCode: '1.000894', channel: 'post', documents: [{ code: 'to-khai', present: true }] };
    const refused = await clerk.post('/api/dossiers', marriageByPost, randomUUID());
    expect(refused.status).toBe(422);
    expect(refused.body.fields).toEqual([{ field: 'channel', reason: 'Thủ tục “Đăng ký kết hôn” không tiếp nhận qua dịch vụ bưu chính công ích' }]);

    routing.start();
    await routing.waitReady(120_000);
    const inbox = await eventually(
      () => handler.get('/api/office/inbox'),
      (r) => r.status === 200 && r.body.items.some((t: { dossierCode: string }) => t.dossierCode === res.body.dossierCode),
      60_000,
    );
    expect(inbox.body.items.find((t: { dossierCode: string }) => t.dossierCode === res.body.dossierCode)).toMatchObject({ fromUnitCode: '29972', toUnitCode: '869' });
  });
});
