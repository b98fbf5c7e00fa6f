import { Matches } from 'class-validator';
import { REFRESH_TOKEN_PATTERN } from '../session.store';

export class RefreshBody {
  @Matches(REFRESH_TOKEN_PATTERN, { message: 'refreshToken must be the refreshToken of the last login or refresh' }) refreshToken: string;
}
