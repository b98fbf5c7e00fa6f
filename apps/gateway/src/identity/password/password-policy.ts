import { randomInt } from 'node:crypto';
import type { FieldProblem } from '@motcua/contracts';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** Passwords people pick first; a real deployment adds a breached-password list (NIST SP 800-63B §5.1.1.2). */
const COMMON = ['1234567890', '12345678910', '0123456789', 'matkhau123', 'matkhau@123', 'password123', 'password1234', 'qwertyuiop', 'abc1234567', 'admin12345', 'motcua1234', 'demo123456'];

/**
 * Length over composition rules (NIST SP 800-63B): at least 10 characters, not a known weak one, not built
 * from the username, not one character repeated. Returns the problems, naming `field`.
 */
export function passwordProblems(password: string, username: string, field = 'newPassword'): FieldProblem[] {
  const length = [...password.normalize('NFC')].length;
  const lower = password.toLowerCase();
  const problems: string[] = [];
  if (length < PASSWORD_MIN_LENGTH) problems.push(`phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`);
  if (length > PASSWORD_MAX_LENGTH) problems.push(`không được quá ${PASSWORD_MAX_LENGTH} ký tự`);
  if (COMMON.includes(lower)) problems.push('là mật khẩu quá phổ biến, dễ đoán');
  if (username.length >= 3 && lower.includes(username.toLowerCase())) problems.push('không được chứa tên đăng nhập');
  if (length > 0 && new Set(password).size === 1) problems.push('không được chỉ lặp lại một ký tự');
  return problems.map((reason) => ({ field, reason }));
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A temporary password an administrator reads out or hands over: 16 characters, no look-alikes (l/1, O/0). */
export function temporaryPassword(): string {
  return Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
