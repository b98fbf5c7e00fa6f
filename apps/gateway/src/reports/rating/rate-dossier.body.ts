import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { DOSSIER_CODE_PATTERN, LOOKUP_FACTOR_PATTERN, SATISFACTION_RATINGS, type SatisfactionRating } from '@motcua/contracts';

/** In a body like the status lookup: the second factor stays out of URLs and logs. */
export class RateDossierRequest {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'phải là mã hồ sơ, ví dụ 000.72.69.H20-260302-0001' }) dossierCode: string;
  @IsString() @Matches(LOOKUP_FACTOR_PATTERN, { message: 'phải là 4 chữ số cuối của số điện thoại hoặc số định danh của người nộp' }) secondFactor: string;
  @IsIn(SATISFACTION_RATINGS) rating: SatisfactionRating;
}

export class DossierRatingView {
  @ApiProperty({ example: '000.72.69.H20-260302-0001' }) dossierCode: string;
  @ApiProperty({ enum: SATISFACTION_RATINGS, example: 'satisfied' }) rating: SatisfactionRating;
  @ApiProperty({ example: '2026-03-06T02:30:00.000Z' }) ratedAt: string;
}
