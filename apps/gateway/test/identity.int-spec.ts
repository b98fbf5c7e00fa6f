import { DeskInbox } from '@motcua/contracts';
import { addDays, vietnamDayOf } from '@motcua/working-days';
import { ALWAYS_OPEN_SESSION, GatewayHarness, TEST_PASSWORD, UNITS, type TestAccount } from './support/gateway-harness';

const LOCK_SECONDS = 2;

/** Sessions, refresh rotation, lockout, passwords, account administration and the audit trail, against Postgres. */
describe('identity (in-process gateway, real Postgres and NATS)', () => {
  let gw: GatewayHarness;
  let provinceAdmin: { account: TestAccount; auth: { Authorization: string } };

  beforeAll(async () => {
    gw = await GatewayHarness.start({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_SECONDS: String(LOCK_SECONDS), LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
    provinceAdmin = await gw.asNew(UNITS.province, ['province-admin']);
  });
  afterEach(() => gw.stub.reset());
  afterAll(() => gw?.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const me = (token: string) => gw.http().get('/api/auth/me').set(bearer(token));
  const refresh = (refreshToken: string) => gw.http().post('/api/auth/refresh').send({ refreshToken });

  describe('sessions and refresh tokens', () => {
    it('rotates: a refresh spends the token and returns a new pair that works', async () => {
      const account = await gw.createAccount(UNITS.commune, ['desk-clerk']);
      const login = await gw.login(account.username, TEST_PASSWORD);
      expect(login.status).toBe(200);
      expect(login.headers['cache-control']).toBe('no-store');
      const next = await refresh(login.body.refreshToken);
      expect(next.status).toBe(200);
      expect(next.body.refreshToken).not.toBe(login.body.refreshToken);
      expect((await me(next.body.accessToken)).body).toMatchObject({ id: account.id, username: account.username, unitCode: UNITS.commune });
      const third = await refresh(next.body.refreshToken);
      expect(third.status).toBe(200);
    });

    it('detects reuse: a spent refresh token revokes the whole session, access tokens included', async () => {
      const account = await gw.createAccount(UNITS.commune, ['desk-clerk']);
      const login = await gw.login(account.username, TEST_PASSWORD);
      const rotated = await refresh(login.body.refreshToken);
      expect(rotated.status).toBe(200);

      const replay = await refresh(login.body.refreshToken);
      expect(replay.status).toBe(401);
      expect(replay.body).toMatchObject({ code: 'refresh_token_reused' });
      // The legitimate holder's newer tokens die with the family.
      expect((await refresh(rotated.body.refreshToken)).status).toBe(401);
      const access = await me(rotated.body.accessToken);
      expect(access.status).toBe(401);
      expect(access.body.code).toBe('session_ended');
      const [session] = await gw.sql(`SELECT revoked_reason FROM identity.sessions WHERE staff_id = $1`, [account.id]);
      expect(session.revoked_reason).toBe('refresh-token-reused');
      const reuse = (await gw.audit('POST /api/auth/refresh')).find((e) => e.error_code === 'refresh_token_reused');
      expect(reuse).toMatchObject({ actor_staff_id: account.id, status: 401, target: { refusedBecause: 'reused' } });
    });

    it('logout ends the session at once: its access and refresh tokens stop working; other sessions live on', async () => {
      const account = await gw.createAccount(UNITS.commune, ['desk-clerk']);
      const first = await gw.login(account.username, TEST_PASSWORD);
      const second = await gw.login(account.username, TEST_PASSWORD);
      expect((await gw.http().post('/api/auth/logout').set(bearer(first.body.accessToken))).status).toBe(204);
      expect((await me(first.body.accessToken)).status).toBe(401);
      expect((await refresh(first.body.refreshToken)).status).toBe(401);
      expect((await me(second.body.accessToken)).status).toBe(200);
    });

    it('400 naming refreshToken for something that is not one; 401 for an unknown one', async () => {
      const bad = await gw.http().post('/api/auth/refresh').send({ refreshToken: 'abc' });
      expect(bad.status).toBe(400);
      expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'refreshToken' })]);
      expect((await refresh('A'.repeat(43))).body).toMatchObject({ statusCode: 401, code: 'session_ended' });
    });
  });

  describe('lockout after repeated failed logins', () => {
    it('locks a username after the limit, refuses even the right password, and unlocks after the lock period', async () => {
      const account = await gw.createAccount(UNITS.commune, ['desk-clerk']);
      for (let i = 0; i < 3; i++) expect((await gw.login(account.username, 'wrong-password')).status).toBe(401);
      const locked = await gw.login(account.username, TEST_PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.body).toMatchObject({ code: 'login_locked', message: expect.stringContaining('tạm khóa') });
      await new Promise((r) => setTimeout(r, LOCK_SECONDS * 1000 + 200));
      expect((await gw.login(account.username, TEST_PASSWORD)).status).toBe(200);
    });

    it('behaves the same for a username that does not exist (the lock reveals nothing)', async () => {
      for (let i = 0; i < 3; i++) expect((await gw.login('nobody.at.all', 'whatever-1')).status).toBe(401);
      expect((await gw.login('nobody.at.all', 'whatever-1')).body.code).toBe('login_locked');
    });

    it('a success resets the count of failures', async () => {
      const account = await gw.createAccount(UNITS.commune, ['desk-clerk']);
      for (let i = 0; i < 2; i++) await gw.login(account.username, 'wrong-password');
      expect((await gw.login(account.username, TEST_PASSWORD)).status).toBe(200);
      for (let i = 0; i < 2; i++) await gw.login(account.username, 'wrong-password');
      expect((await gw.login(account.username, TEST_PASSWORD)).status).toBe(200);
    });

    it('stores no username, only its hash', async () => {
      await gw.login('typed.a.secret.here', 'x');
      const rows = await gw.sql(`SELECT encode(key, 'hex') AS key FROM identity.login_throttle`);
      expect(JSON.stringify(rows)).not.toContain('typed');
    });
  });

  describe('password change', () => {
    it('checks the current password and the policy, names the field, and changes nothing on refusal', async () => {
      const { account, auth } = await gw.asNew(UNITS.commune, ['desk-clerk']);
      const before = await gw.sql(`SELECT password_hash FROM identity.staff WHERE id = $1`, [account.id]);
      const wrong = await gw.http().post('/api/auth/password').set(auth).send({ currentPassword: 'not-it', newPassword: 'Một mật khẩu dài 2026' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.fields).toEqual([{ field: 'currentPassword', reason: 'không đúng mật khẩu hiện tại' }]);
      const weak = await gw.http().post('/api/auth/password').set(auth).send({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
      expect(weak.status).toBe(400);
      expect(weak.body.fields).toEqual([{ field: 'newPassword', reason: 'phải có ít nhất 10 ký tự' }]);
      expect(await gw.sql(`SELECT password_hash FROM identity.staff WHERE id = $1`, [account.id])).toEqual(before);
    });

    it('changes it, keeps this session and ends the others', async () => {
      const account = await gw.createAccount(UNITS.commune, ['desk-clerk']);
      const here = await gw.login(account.username, TEST_PASSWORD);
      const elsewhere = await gw.login(account.username, TEST_PASSWORD);
      const res = await gw.http().post('/api/auth/password').set(bearer(here.body.accessToken)).send({ currentPassword: TEST_PASSWORD, newPassword: 'Sen hồng Tháp Mười 2026' });
      expect(res.status).toBe(204);
      expect((await me(here.body.accessToken)).status).toBe(200);
      expect((await me(elsewhere.body.accessToken)).status).toBe(401);
      expect((await gw.login(account.username, TEST_PASSWORD)).status).toBe(401);
      expect((await gw.login(account.username, 'Sen hồng Tháp Mười 2026')).status).toBe(200);
    });
  });

  describe('account administration', () => {
    const create = (auth: Record<string, string>, body: object) => gw.http().post('/api/staff').set(auth).send(body);

    it('a province administrator opens an account with a one-time password that must be changed at first login', async () => {
      const res = await create(provinceAdmin.auth, { username: 'Lan.TanPhuoc', displayName: 'Nguyễn Thị Lan', unitCode: UNITS.commune, roles: ['desk-clerk'] });
      expect(res.status).toBe(201);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body.staff).toMatchObject({ username: 'lan.tanphuoc', unitCode: UNITS.commune, roles: ['desk-clerk'], mustChangePassword: true, disabled: false });
      expect(res.body.temporaryPassword).toMatch(/^[A-Za-z0-9]{16}$/);
      expect(JSON.stringify(res.body.staff)).not.toMatch(/hash|scrypt/);

      const login = await gw.login('lan.tanphuoc', res.body.temporaryPassword);
      expect(login.body.mustChangePassword).toBe(true);
      const token = bearer(login.body.accessToken);
      await gw.stub.answer(DeskInbox, { ok: true, data: [] });
      const blocked = await gw.http().get('/api/desk/inbox').set(token);
      expect(blocked.status).toBe(403);
      expect(blocked.body.code).toBe('password_change_required');
      expect((await gw.http().get('/api/auth/me').set(token)).status).toBe(200);
      expect((await gw.http().post('/api/auth/password').set(token).send({ currentPassword: res.body.temporaryPassword, newPassword: 'Hoa sen nở rộ 2026' })).status).toBe(204);
      expect((await gw.http().get('/api/desk/inbox').set(token)).status).toBe(200);

      // The temporary password never reaches the audit log.
      const [entry] = await gw.audit('POST /api/staff');
      expect(entry).toMatchObject({ actor_staff_id: provinceAdmin.account.id, actor_unit_code: UNITS.province, status: 201, outcome: 'succeeded' });
      expect(entry.target).toMatchObject({ staffId: res.body.staff.id, unitCode: UNITS.commune });
      const log = JSON.stringify(await gw.sql(`SELECT * FROM identity.audit_log`));
      expect(log).not.toContain(res.body.temporaryPassword);
      expect(log).not.toContain('Hoa sen');
    });

    it('refuses unknown and closed units (422 naming unitCode) and a taken username (409)', async () => {
      const unknown = await create(provinceAdmin.auth, { username: 'x.unknown', displayName: 'Xx', unitCode: '12345', roles: ['desk-clerk'] });
      expect(unknown.status).toBe(422);
      expect(unknown.body).toMatchObject({ code: 'unknown_unit', fields: [{ field: 'unitCode', reason: expect.any(String) }] });
      const closed = await create(provinceAdmin.auth, { username: 'x.closed', displayName: 'Xy', unitCode: UNITS.closed, roles: ['desk-clerk'] });
      expect(closed.status).toBe(422);
      expect(closed.body.code).toBe('unit_not_in_force');
      const taken = await create(provinceAdmin.auth, { username: provinceAdmin.account.username.toUpperCase(), displayName: 'Dup', unitCode: UNITS.commune, roles: ['desk-clerk'] });
      expect(taken.status).toBe(409);
      expect(taken.body.fields).toEqual([{ field: 'username', reason: 'đã có người dùng' }]);
    });

    it('a unit administrator manages their own unit only, and never grants province-wide roles', async () => {
      const unitAdmin = await gw.asNew(UNITS.commune, ['unit-admin']);
      const ok = await create(unitAdmin.auth, { username: 'b.tanphuoc', displayName: 'Trần Văn Bình', unitCode: UNITS.commune, roles: ['desk-clerk', 'after-hours-clerk'] });
      expect(ok.status).toBe(201);
      const other = await create(unitAdmin.auth, { username: 'c.hoathuan', displayName: 'Lê C', unitCode: UNITS.otherWard, roles: ['desk-clerk'] });
      expect(other.status).toBe(403);
      expect(other.body.message).toContain(UNITS.otherWard);
      const escalate = await create(unitAdmin.auth, { username: 'd.tanphuoc', displayName: 'Lê D', unitCode: UNITS.commune, roles: ['auditor'] });
      expect(escalate.status).toBe(403);
      const promote = await gw.http().patch(`/api/staff/${ok.body.staff.id}`).set(unitAdmin.auth).send({ roles: ['province-admin'] });
      expect(promote.status).toBe(403);
      const move = await gw.http().patch(`/api/staff/${ok.body.staff.id}`).set(unitAdmin.auth).send({ unitCode: UNITS.otherWard });
      expect(move.status).toBe(403);
      expect((await gw.sql(`SELECT unit_code, roles FROM identity.staff WHERE id = $1`, [ok.body.staff.id]))[0]).toEqual({ unit_code: UNITS.commune, roles: ['desk-clerk', 'after-hours-clerk'] });
      const self = await gw.http().post(`/api/staff/${unitAdmin.account.id}/disable`).set(unitAdmin.auth);
      expect(self.status).toBe(403);
    });

    it('disabling ends the sessions at once and refuses logins; enabling lets the account in again', async () => {
      const account = await gw.createAccount(UNITS.commune, ['desk-clerk']);
      const login = await gw.login(account.username, TEST_PASSWORD);
      const disabled = await gw.http().post(`/api/staff/${account.id}/disable`).set(provinceAdmin.auth);
      expect(disabled.body).toMatchObject({ id: account.id, disabled: true });
      expect((await me(login.body.accessToken)).status).toBe(401);
      expect((await refresh(login.body.refreshToken)).status).toBe(401);
      expect((await gw.login(account.username, TEST_PASSWORD)).body.code).toBe('invalid_credentials');
      expect((await gw.http().post(`/api/staff/${account.id}/disable`).set(provinceAdmin.auth)).status).toBe(200); // idempotent
      expect((await gw.http().post(`/api/staff/${account.id}/enable`).set(provinceAdmin.auth)).body.disabled).toBe(false);
      expect((await gw.login(account.username, TEST_PASSWORD)).status).toBe(200);
    });

    it('a role or unit change ends the sessions; a display-name change does not', async () => {
      const account = await gw.createAccount(UNITS.commune, ['desk-clerk']);
      const login = await gw.login(account.username, TEST_PASSWORD);
      const renamed = await gw.http().patch(`/api/staff/${account.id}`).set(provinceAdmin.auth).send({ displayName: 'Tên mới' });
      expect(renamed.body.displayName).toBe('Tên mới');
      expect((await me(login.body.accessToken)).status).toBe(200);
      const changed = await gw.http().patch(`/api/staff/${account.id}`).set(provinceAdmin.auth).send({ roles: ['desk-clerk', 'office-handler'] });
      expect(changed.body.roles).toEqual(['desk-clerk', 'office-handler']);
      expect((await me(login.body.accessToken)).status).toBe(401);
      const [entry] = (await gw.audit('PATCH /api/staff/:id')).slice(-1);
      expect(entry.target).toMatchObject({ staffId: account.id, id: account.id, changed: ['roles'], roles: ['desk-clerk', 'office-handler'] });
      expect((await gw.http().patch(`/api/staff/${account.id}`).set(provinceAdmin.auth).send({})).body.fields).toEqual([{ field: '(body)', reason: expect.stringContaining('ít nhất một') }]);
    });

    it('a password reset lifts a lockout, ends sessions and requires a change', async () => {
      const account = await gw.createAccount(UNITS.commune, ['desk-clerk']);
      const login = await gw.login(account.username, TEST_PASSWORD);
      for (let i = 0; i < 3; i++) await gw.login(account.username, 'wrong-password');
      expect((await gw.login(account.username, TEST_PASSWORD)).status).toBe(429);
      const reset = await gw.http().post(`/api/staff/${account.id}/reset-password`).set(provinceAdmin.auth);
      expect(reset.status).toBe(200);
      expect((await me(login.body.accessToken)).status).toBe(401);
      const again = await gw.login(account.username, reset.body.temporaryPassword);
      expect(again.status).toBe(200);
      expect(again.body.mustChangePassword).toBe(true);
    });

    it('lists accounts: a unit administrator sees their unit by default and is refused another', async () => {
      const unitAdmin = await gw.asNew(UNITS.district, ['unit-admin']);
      await gw.createAccount(UNITS.district, ['office-handler']);
      const own = await gw.http().get('/api/staff').set(unitAdmin.auth);
      expect(own.status).toBe(200);
      expect(own.body.items.length).toBeGreaterThanOrEqual(2);
      expect(own.body.items.every((s: { unitCode: string }) => s.unitCode === UNITS.district)).toBe(true);
      expect((await gw.http().get(`/api/staff?unitCode=${UNITS.commune}`).set(unitAdmin.auth)).status).toBe(403);
      const all = await gw.http().get('/api/staff?includeDisabled=true&pageSize=200').set(provinceAdmin.auth);
      expect(new Set(all.body.items.map((s: { unitCode: string }) => s.unitCode)).size).toBeGreaterThan(1);
      expect((await gw.http().get('/api/staff?includeDisabled=yes').set(provinceAdmin.auth)).body.fields).toEqual([
        expect.objectContaining({ field: 'includeDisabled' }),
      ]);
    });
  });

  describe('the office’s staff (to assign a dossier)', () => {
    it('lists the active handlers and heads of the caller’s own unit, id and name only', async () => {
      const head = await gw.asNew(UNITS.district, ['office-head']);
      const handler = await gw.asNew(UNITS.district, ['office-handler']);
      const gone = await gw.asNew(UNITS.district, ['office-handler']);
      const admin = await gw.asNew(UNITS.district, ['unit-admin']);
      const elsewhere = await gw.asNew(UNITS.otherWard, ['office-handler']);
      expect((await gw.http().post(`/api/staff/${gone.account.id}/disable`).set(provinceAdmin.auth).set('Idempotency-Key', `disable-${gone.account.id}`)).status).toBeLessThan(300);
      const res = await gw.http().get('/api/office/staff').set(handler.auth);
      expect(res.status).toBe(200);
      const ids = res.body.items.map((s: { id: string }) => s.id);
      expect(ids).toEqual(expect.arrayContaining([head.account.id, handler.account.id]));
      expect(ids).not.toContain(gone.account.id);
      expect(ids).not.toContain(admin.account.id);
      expect(ids).not.toContain(elsewhere.account.id);
      expect(res.body.items.find((s: { id: string }) => s.id === head.account.id)).toEqual({ id: head.account.id, displayName: `Cán bộ ${head.account.username}` });
      expect((await gw.http().get('/api/office/staff').set(admin.auth)).status).toBe(403);
      expect((await gw.http().get('/api/office/staff?unitCode=869').set(head.auth)).status).toBe(400);
    });
  });

  describe('after-hours clerks', () => {
    it('act only while their counter has a session open; their own account stays reachable', async () => {
      const clerk = await gw.asNew('29954', ['after-hours-clerk']);
      const deskClerk = await gw.asNew(UNITS.commune, ['desk-clerk']);
      await gw.stub.answer(DeskInbox, { ok: true, data: [] });
      expect((await gw.http().get('/api/desk/inbox').set(clerk.auth)).status).toBe(200); // the harness's all-day session
      const today = vietnamDayOf(new Date());
      const tomorrow = addDays(today, 1);
      // Not held today (nor tomorrow before 07:30): the next session is tomorrow's, named in the refusal.
      await gw.putSchedule('29954', [ALWAYS_OPEN_SESSION('29954', { name: 'Tiếp nhận ngoài giờ', start: '07:30', end: '11:30', closedOn: [today] })]);
      try {
        const closed = await gw.http().get('/api/desk/inbox').set(clerk.auth);
        expect(closed.status).toBe(403);
        expect(closed.body.code).toBe('outside_counter_session');
        const [y, m, d] = tomorrow.split('-');
        expect(closed.body.message).toContain(`Phiên gần nhất: `);
        expect(closed.body.message).toContain(`${d}/${m}/${y}, 07:30–11:30 (Tiếp nhận ngoài giờ)`);
        expect((await gw.http().get('/api/auth/me').set(clerk.auth)).status).toBe(200);
        expect((await gw.http().get('/api/desk/inbox').set(deskClerk.auth)).status).toBe(200);
        await gw.putSchedule('29954', []);
        const none = await gw.http().get('/api/desk/inbox').set(clerk.auth);
        expect(none.status).toBe(403);
        expect(none.body.message).toContain('chưa tổ chức phiên tiếp nhận ngoài giờ');
      } finally {
        await gw.putSchedule('29954', [ALWAYS_OPEN_SESSION('29954')]);
      }
      expect((await gw.http().get('/api/desk/inbox').set(clerk.auth)).status).toBe(200);
    });
  });

  describe('audit log', () => {
    it('records refusals too: who (when known), what, outcome, and never a body', async () => {
      const clerk = await gw.asNew(UNITS.commune, ['desk-clerk']);
      await gw.http().post('/api/staff').set(clerk.auth).send({ username: 'z.secret', displayName: 'Bí Mật', unitCode: UNITS.commune, roles: ['desk-clerk'] });
      await gw.http().post('/api/staff').send({ username: 'z.anon', displayName: 'Ẩn Danh', unitCode: UNITS.commune, roles: ['desk-clerk'] });
      const entries = (await gw.audit('POST /api/staff')).slice(-2);
      expect(entries[0]).toMatchObject({ actor_staff_id: clerk.account.id, actor_unit_code: UNITS.commune, actor_roles: ['desk-clerk'], status: 403, outcome: 'refused', error_code: 'forbidden' });
      expect(entries[1]).toMatchObject({ actor_staff_id: null, status: 401, outcome: 'refused', error_code: 'unauthenticated', correlation_id: expect.any(String) });
      expect(JSON.stringify(entries)).not.toMatch(/Bí Mật|Ẩn Danh|z\.secret/);
    });

    it('records a failed login against the account when it exists, and against nobody otherwise', async () => {
      const account = await gw.createAccount(UNITS.commune, ['desk-clerk']);
      await gw.login(account.username, 'wrong-password');
      await gw.login('no.such.user', 'wrong-password');
      const [known, unknown] = (await gw.audit('POST /api/auth/login')).slice(-2);
      expect(known).toMatchObject({ actor_staff_id: account.id, actor_username: account.username, status: 401, error_code: 'invalid_credentials' });
      expect(unknown).toMatchObject({ actor_staff_id: null, actor_username: null, status: 401 });
      expect(JSON.stringify(unknown)).not.toContain('no.such.user');
    });

    it('is append-only in the database', async () => {
      await expect(gw.sql(`UPDATE identity.audit_log SET status = 200`)).rejects.toThrow(/append-only/);
      await expect(gw.sql(`DELETE FROM identity.audit_log`)).rejects.toThrow(/append-only/);
      await expect(gw.sql(`TRUNCATE identity.audit_log`)).rejects.toThrow(/append-only/);
    });

    it('is readable by auditors and province administrators, filtered and paged; nobody else', async () => {
      const auditor = await gw.asNew(UNITS.province, ['auditor']);
      const page1 = await gw.http().get('/api/audit-log?action=POST%20/api/auth/login&limit=2').set(auditor.auth);
      expect(page1.status).toBe(200);
      expect(page1.body.items).toHaveLength(2);
      expect(page1.body.items.every((e: { action: string }) => e.action === 'POST /api/auth/login')).toBe(true);
      const page2 = await gw.http().get(`/api/audit-log?action=POST%20/api/auth/login&limit=2&before=${page1.body.nextBefore}`).set(auditor.auth);
      expect(Number(page2.body.items[0].id)).toBeLessThan(Number(page1.body.items[1].id) + 1);
      const refused = await gw.http().get('/api/audit-log?outcome=refused&unitCode=29972').set(provinceAdmin.auth);
      expect(refused.body.items.every((e: any) => e.outcome === 'refused' && e.actor.unitCode === UNITS.commune)).toBe(true);
      const bad = await gw.http().get('/api/audit-log?from=yesterday&outcome=maybe').set(auditor.auth);
      expect(bad.status).toBe(400);
      expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['from', 'outcome']);
      const clerk = await gw.asNew(UNITS.commune, ['desk-clerk', 'unit-admin']);
      expect((await gw.http().get('/api/audit-log').set(clerk.auth)).status).toBe(403);
    });
  });
});
