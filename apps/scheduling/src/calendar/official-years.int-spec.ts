import 'reflect-metadata';
import { Kvm } from '@nats-io/kv';
import { CALENDAR_BUCKET, OFFICIAL_YEARS_KEY } from '@motcua/contracts';
import { naming } from '@motcua/messaging';
import { VIETNAM_OFFICIAL_DAYS, type OfficialYearDecision } from '@motcua/working-days';
import { schedulingService } from '../scheduling.service';
import { ServiceEnvironment } from '@motcua/service-testing';

/** The year as JSON would carry it (the shipped constants are frozen objects). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('scheduling: the official years', () => {
  const world = new ServiceEnvironment(schedulingService);

  beforeAll(async () => {
    await world.setUp();
    await world.start();
  });
  afterAll(() => world.tearDown());

  const stored = () => world.query<{ year: number; decision: OfficialYearDecision; updated_at: Date }>('SELECT year, decision, updated_at FROM scheduling.official_years ORDER BY year');
  const published = async (): Promise<OfficialYearDecision[] | undefined> => {
    const kv = await new Kvm(world.nc).open(naming.bucket(world.prefix, CALENDAR_BUCKET));
    const entry = await kv.get(OFFICIAL_YEARS_KEY);
    return entry?.operation === 'PUT' ? entry.json<OfficialYearDecision[]>() : undefined;
  };

  it('stores the shipped official years at start and publishes them to <prefix>_calendar, key official-years', async () => {
    const rows = await stored();
    expect(rows.map((r) => r.year)).toEqual(VIETNAM_OFFICIAL_DAYS.map((d) => d.year));
    expect(rows.map((r) => r.decision)).toEqual(plain(VIETNAM_OFFICIAL_DAYS));
    expect(await published()).toEqual(plain(VIETNAM_OFFICIAL_DAYS));
  });

  it('keeps a year already in the table on restart (never overwritten by the shipped one), adds missing years and publishes the result', async () => {
    const year = VIETNAM_OFFICIAL_DAYS[1].year;
    const amended: OfficialYearDecision = {
      ...plain(VIETNAM_OFFICIAL_DAYS[1]),
      source: 'Thông báo của Bộ Nội vụ (amended by the province administrator)',
      extraDaysOff: [...plain(VIETNAM_OFFICIAL_DAYS[1]).extraDaysOff, { date: `${year}-01-02`, name: 'Bridge day after New Year' }],
    };
    await world.query('UPDATE scheduling.official_years SET decision = $2 WHERE year = $1', [year, JSON.stringify(amended)]);
    const removed = VIETNAM_OFFICIAL_DAYS[VIETNAM_OFFICIAL_DAYS.length - 1].year;
    await world.query('DELETE FROM scheduling.official_years WHERE year = $1', [removed]);
    const extra: OfficialYearDecision = { year: 2099, source: 'added by an administrator', statutoryHolidays: [], extraDaysOff: [], swapWorkdays: [] };
    await world.query('INSERT INTO scheduling.official_years (year, decision) VALUES ($1, $2)', [extra.year, JSON.stringify(extra)]);
    const before = (await stored()).find((r) => r.year === year)!;

    await world.stop();
    await world.start();

    const rows = await stored();
    const kept = rows.find((r) => r.year === year)!;
    expect(kept.decision).toEqual(amended);
    expect(kept.updated_at).toEqual(before.updated_at);
    expect(rows.find((r) => r.year === removed)?.decision).toEqual(plain(VIETNAM_OFFICIAL_DAYS[VIETNAM_OFFICIAL_DAYS.length - 1]));
    expect(rows.map((r) => r.year)).toEqual([...VIETNAM_OFFICIAL_DAYS.map((d) => d.year), 2099].sort((a, b) => a - b));

    const replica = await published();
    expect(replica?.find((d) => d.year === year)).toEqual(amended);
    expect(replica?.map((d) => d.year)).toEqual(rows.map((r) => r.year));
  });

  it('publishes again on every start, so a lost KV value comes back', async () => {
    const kv = await new Kvm(world.nc).open(naming.bucket(world.prefix, CALENDAR_BUCKET));
    await kv.delete(OFFICIAL_YEARS_KEY);
    expect(await published()).toBeUndefined();
    await world.stop();
    await world.start();
    expect((await published())?.map((d) => d.year)).toEqual((await stored()).map((r) => r.year));
  });
});
