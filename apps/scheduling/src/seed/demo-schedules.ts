import type { SessionRecord, ThemeDayRecord } from '@motcua/contracts';

/*
 * The seed stories' opening hours (SEED_DEMO=1). Times are illustrative [K]: the articles name the days, not the
 * hours. Ids are fixed so a restart finds them and leaves an administrator's later changes alone.
 */
const afterHours = (id: string, unitCode: string, name: string, start: string, end: string): SessionRecord => ({
  id,
  unitCode,
  name,
  // Seed 002 (Tân Hồng, from 1 Oct 2020): Saturday, Sunday, holidays and Tết; same-day commune procedures (the default).
  weekdays: ['saturday', 'sunday'],
  onDaysOff: true,
  start,
  end,
  validFrom: '2020-10-01',
  validTo: null,
  closedOn: [],
  eligibleProcedures: null,
  slotMinutes: 30,
  slotCapacity: 3,
  bookingWindowDays: 14,
  perPersonDailyLimit: 1,
  roster: [{ staffId: `after-hours.${unitCode}`, duty: 'tiếp nhận và trả kết quả' }],
  version: 1,
});

export const DEMO_SESSIONS: SessionRecord[] = [
  afterHours('6b1f0c2a-2954-4a00-8000-000000000001', '29954', 'Tiếp nhận ngoài giờ (thứ Bảy, Chủ nhật, ngày lễ, Tết) — buổi sáng', '07:30', '11:30'),
  afterHours('6b1f0c2a-2954-4a00-8000-000000000002', '29954', 'Tiếp nhận ngoài giờ (thứ Bảy, Chủ nhật, ngày lễ, Tết) — buổi chiều', '13:30', '16:30'),
  afterHours('6b1f0c2a-2960-4a00-8000-000000000001', '29960', 'Tiếp nhận ngoài giờ (thứ Bảy, Chủ nhật, ngày lễ, Tết)', '07:30', '11:30'),
  {
    // Seed 003 (Hiệp Xương, 2020): "Ngày thứ bảy tình nguyện, giải quyết TTHC cho nhân dân".
    ...afterHours('6b1f0c2a-0385-4a00-8000-000000000001', '30385', 'Ngày thứ Bảy tình nguyện', '07:30', '11:00'),
    weekdays: ['saturday'],
    onDaysOff: false,
    validFrom: '2020-01-01',
    roster: [{ staffId: 'volunteer.30385', duty: 'đoàn viên hỗ trợ' }],
  },
];

const theme = (id: string, unitCode: string, kind: ThemeDayRecord['theme'], weekday: ThemeDayRecord['weekdays'][number], validFrom: string): ThemeDayRecord => ({
  id,
  unitCode,
  theme: kind,
  weekdays: [weekday],
  validFrom,
  validTo: null,
  procedures: null,
});

export const DEMO_THEME_DAYS: ThemeDayRecord[] = [
  // Seed 001 (Cao Lãnh city): Thursday no-writing / no-appointment at Phường 2 and Mỹ Phú; online Wednesday at Phường 2.
  theme('7c2e0d3b-0001-4b00-8000-000000000001', '30001', 'no-writing', 'thursday', '2021-01-01'),
  theme('7c2e0d3b-0001-4b00-8000-000000000002', '30001', 'no-appointment', 'thursday', '2021-01-01'),
  theme('7c2e0d3b-0001-4b00-8000-000000000003', '30001', 'online-paperless', 'wednesday', '2021-01-01'),
  theme('7c2e0d3b-0013-4b00-8000-000000000001', '30013', 'no-writing', 'thursday', '2021-01-01'),
  theme('7c2e0d3b-0013-4b00-8000-000000000002', '30013', 'no-appointment', 'thursday', '2021-01-01'),
  // Seed 004 (Long Sơn, 2021): "Ngày không hẹn, ngày không viết" on Wednesdays.
  theme('7c2e0d3b-0337-4b00-8000-000000000001', '30337', 'no-appointment', 'wednesday', '2021-01-01'),
  theme('7c2e0d3b-0337-4b00-8000-000000000002', '30337', 'no-writing', 'wednesday', '2021-01-01'),
];
