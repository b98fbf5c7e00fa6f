import fc from 'fast-check';
import { passwordProblems, temporaryPassword } from './password-policy';

describe('password policy', () => {
  it('accepts a long passphrase, Vietnamese included', () => {
    expect(passwordProblems('Sen hồng Tháp Mười 2026', 'clerk.tanphuoc')).toEqual([]);
  });

  it('names the field and each reason', () => {
    expect(passwordProblems('short', 'clerk')).toEqual([{ field: 'newPassword', reason: 'phải có ít nhất 10 ký tự' }]);
    expect(passwordProblems('1234567890', 'clerk')).toEqual([{ field: 'newPassword', reason: 'là mật khẩu quá phổ biến, dễ đoán' }]);
    expect(passwordProblems('xx-clerk.tanphuoc-xx', 'clerk.tanphuoc')).toEqual([{ field: 'newPassword', reason: 'không được chứa tên đăng nhập' }]);
    expect(passwordProblems('aaaaaaaaaaaa', 'clerk').map((p) => p.reason)).toEqual(['không được chỉ lặp lại một ký tự']);
    expect(passwordProblems('x'.repeat(129) + 'y', 'clerk').map((p) => p.reason)).toEqual(['không được quá 128 ký tự']);
  });

  it('counts characters, not UTF-16 units or bytes', () => {
    expect(passwordProblems('ếếếếếếếếếa', 'clerk')).toEqual([]);
  });

  it('makes temporary passwords that pass the policy and differ every time', () => {
    fc.assert(
      fc.property(fc.constant(null), () => {
        const password = temporaryPassword();
        expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
        expect(passwordProblems(password, 'clerk.tanphuoc')).toEqual([]);
      }),
    );
    expect(new Set(Array.from({ length: 50 }, temporaryPassword)).size).toBe(50);
  });
});
