import type { Page } from 'playwright-core';
import { freshPagePerTest, loginAs, screenshot } from './support/browser';

/** Every role logs in through the screen, lands on its own main screen and sees only its menu. */
describe('login and the role menus', () => {
  let page: Page;
  const fresh = freshPagePerTest();
  beforeEach(() => ({ page } = fresh.current()));

  it('refuses a wrong password with one message next to the form, and keeps the username', async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    await page.getByLabel('Tên đăng nhập').fill('clerk.tanphuoc');
    await page.getByLabel('Mật khẩu').fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng').waitFor();
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('clerk.tanphuoc');
    await screenshot(page, 'login-refused');
  });

  it.each([
    ['clerk.tanphuoc', '/desk/receive', ['Tiếp nhận hồ sơ', 'Kết quả trả về', 'Ngoài giờ', 'Sổ theo dõi']],
    ['handler.tanhong', '/office/inbox', ['Hồ sơ cần xử lý']],
    ['head.tanhong', '/office/inbox', ['Hồ sơ cần xử lý', 'Thống kê', 'Sổ theo dõi']],
    ['admin.tanphuoc', '/dashboard', ['Thống kê', 'Sổ theo dõi', 'Tài khoản', 'Lịch làm việc']],
    ['admin.dongthap', '/dashboard', ['Thống kê', 'Sổ theo dõi', 'Tài khoản', 'Danh mục thủ tục', 'Lịch làm việc']],
  ])('%s lands on %s with its own menu', async (username, home, menu) => {
    await loginAs(page, username);
    await page.waitForURL(`**${home}`);
    const items = await page.getByRole('navigation', { name: 'menu' }).getByRole('link').allTextContents();
    expect(items).toEqual(menu);
  });

  it('switches to English and back, and logs out', async () => {
    await loginAs(page, 'clerk.tanphuoc');
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('link', { name: 'Receive a dossier' }).waitFor();
    await page.getByLabel('Language').selectOption('vi');
    await page.getByRole('link', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/login');
  });

  it('keeps the session over a reload (a clerk reloading mid-queue is not logged out)', async () => {
    await loginAs(page, 'clerk.tanphuoc');
    await page.reload();
    await page.getByTestId('who').waitFor();
    expect(page.url()).toContain('/desk/receive');
  });
});
