import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { AddOutreachTargets, CreateOutreachCampaign, OutreachCampaign, OutreachVisitRecorded, RecordOutreachVisit, type OutreachVisitRecordedV1 } from '@motcua/contracts';
import type { RpcClient } from '@motcua/messaging';
import { ServiceEnvironment } from '@motcua/service-testing';
import { putReference, refusal, staff } from '../__tests__/reference-fixture';
import { schedulingService } from '../scheduling.service';

const key = () => `o-${randomUUID()}`;
const admin = staff('30010', 'unit-admin');
const clerk = staff('30010', 'desk-clerk');

describe('scheduling: outreach campaigns (seed 000, Hòa Thuận)', () => {
  const world = new ServiceEnvironment(schedulingService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await world.start({ SCHEDULING_REPUBLISH_MS: '600000', BOOKING_REMINDER_POLL_MS: '600000' });
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  it('records home visits against a target list and reports coverage; the event names no one', async () => {
    const campaign = await rpc.call(CreateOutreachCampaign, {
      idempotencyKey: key(),
      actor: admin,
      body: { name: 'Đăng ký lại khai sinh tại nhà', kind: 'home-visit', procedureCode: '1.004884', startsOn: '2021-04-01', endsOn: '2021-06-30' },
    });
    expect(campaign).toMatchObject({ targets: 0, coveragePercent: 0 });
    const targets = Array.from({ length: 4 }, (_, i) => ({ ref: `CA-${i + 1}`, fullName: `Người dân ${i + 1}`, address: `Khóm ${i + 1}, phường Hòa Thuận` }));
    const listed = await rpc.call(AddOutreachTargets, { idempotencyKey: key(), actor: clerk, campaignId: campaign.campaignId, body: { targets } });
    expect(listed).toMatchObject({ targets: 4, pending: 4 });
    // The list arrives again with one more: nothing is duplicated.
    const again = await rpc.call(AddOutreachTargets, {
      idempotencyKey: key(),
      actor: clerk,
      campaignId: campaign.campaignId,
      body: { targets: [...targets, { ref: 'CA-5', fullName: 'Người dân 5', address: 'Khóm 5' }] },
    });
    expect(again.targets).toBe(5);

    for (const [ref, outcome] of [['CA-1', 'completed'], ['CA-2', 'completed'], ['CA-3', 'not-home'], ['CA-4', 'completed']] as const) {
      await rpc.call(RecordOutreachVisit, { idempotencyKey: key(), actor: clerk, campaignId: campaign.campaignId, body: { targetRef: ref, outcome, visitedAt: '2021-05-10T02:00:00.000Z' } });
    }
    const view = await rpc.call(OutreachCampaign, { actor: clerk, campaignId: campaign.campaignId });
    expect(view).toMatchObject({ targets: 5, completed: 3, pending: 1, visits: 4, coveragePercent: 60, byOutcome: { completed: 3, 'not-home': 1, declined: 0, ineligible: 0 } });

    const events = await world.outbox<OutreachVisitRecordedV1>(OutreachVisitRecorded.subject);
    expect(events.at(-1)?.payload).toEqual({ campaignId: campaign.campaignId, campaignName: campaign.name, unitCode: '30010', outcome: 'completed', visitedAt: '2021-05-10T02:00:00.000Z', targets: 5, completed: 3 });
    expect(JSON.stringify(events.map((e) => e.payload))).not.toContain('Người dân');
  });

  it('reaches the seed’s 87.63% for 5,468 of 6,240 ID-card registrations', async () => {
    const campaign = await rpc.call(CreateOutreachCampaign, {
      idempotencyKey: key(),
      actor: admin,
      body: { name: 'Đăng ký căn cước công dân', kind: 'mobile-team', startsOn: '2021-04-01', endsOn: '2021-06-30' },
    });
    for (let batch = 0; batch < 4; batch++) {
      const targets = Array.from({ length: 1560 }, (_, i) => ({ ref: `CCCD-${batch * 1560 + i}`, fullName: 'Công dân', address: 'Phường Hòa Thuận' }));
      await rpc.call(AddOutreachTargets, { idempotencyKey: key(), actor: admin, campaignId: campaign.campaignId, body: { targets } }, 30_000);
    }
    // Visits recorded in bulk for the figure (one by one through the API above).
    await world.query(`UPDATE scheduling.outreach_targets SET status = 'completed' WHERE campaign_id = $1 AND split_part(ref, '-', 2)::int < 5468`, [campaign.campaignId]);
    expect(await rpc.call(OutreachCampaign, { actor: clerk, campaignId: campaign.campaignId })).toMatchObject({ targets: 6240, completed: 5468, coveragePercent: 87.63 });
  });

  it('refuses unknown targets, a second visit to a completed target, future visits and other units', async () => {
    const campaign = await rpc.call(CreateOutreachCampaign, { idempotencyKey: key(), actor: admin, body: { name: 'Trường THCS', kind: 'school-visit', startsOn: '2021-04-01', endsOn: '2021-04-30' } });
    await rpc.call(AddOutreachTargets, { idempotencyKey: key(), actor: admin, campaignId: campaign.campaignId, body: { targets: [{ ref: 'HS-1', fullName: 'Học sinh', address: 'Lớp 9A' }] } });
    const visit = (body: object, actor = clerk) => rpc.call(RecordOutreachVisit, { idempotencyKey: key(), actor, campaignId: campaign.campaignId, body: { targetRef: 'HS-1', outcome: 'completed', ...body } as never });
    expect(await refusal(visit({ targetRef: 'HS-9' }))).toMatchObject({ status: 404, fields: [{ field: 'targetRef' }] });
    expect(await refusal(visit({ visitedAt: new Date(Date.now() + 86_400_000).toISOString() }))).toMatchObject({ status: 400, fields: [{ field: 'visitedAt' }] });
    await visit({});
    expect(await refusal(visit({ outcome: 'declined' }))).toMatchObject({ status: 409, code: 'target_completed' });
    // Another unit's campaign exists, but is not theirs: 403 with a reason (no data); an unknown campaign is 404.
    const otherUnitClerk = staff('29972', 'desk-clerk');
    expect(await refusal(visit({}, otherUnitClerk))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await refusal(rpc.call(OutreachCampaign, { actor: otherUnitClerk, campaignId: campaign.campaignId }))).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await refusal(rpc.call(OutreachCampaign, { actor: clerk, campaignId: randomUUID() }))).status).toBe(404);
    const addElsewhere = { idempotencyKey: key(), actor: staff('29972', 'unit-admin'), campaignId: campaign.campaignId, body: { targets: [{ ref: 'HS-2', fullName: 'Học sinh', address: 'Lớp 9B' }] } };
    expect(await refusal(rpc.call(AddOutreachTargets, addElsewhere))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await refusal(rpc.call(CreateOutreachCampaign, { idempotencyKey: key(), actor: admin, body: { name: 'x y', kind: 'home-visit', startsOn: '2021-05-01', endsOn: '2021-04-01' } }))).toMatchObject({
      status: 400,
      fields: [{ field: 'endsOn' }],
    });
    expect((await refusal(rpc.call(AddOutreachTargets, { idempotencyKey: key(), actor: admin, campaignId: campaign.campaignId, body: { targets: [{ ref: 'A', fullName: 'A a', address: 'x y' }, { ref: 'A', fullName: 'A a', address: 'x y' }] } }))).fields).toEqual([
      { field: 'targets[1].ref', reason: 'A bị ghi hai lần' },
    ]);
  });
});
