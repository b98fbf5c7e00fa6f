import { Matches } from 'class-validator';
import { REFRESH_TOKEN_PATTERN } from '../session.store';

export class RefreshBody {
  @Matches(REFRESH_TOKEN_PATTERN, { message: 'phải là refreshToken của lần đăng nhập hoặc làm mới gần nhất' }) refreshToken: string;
}
