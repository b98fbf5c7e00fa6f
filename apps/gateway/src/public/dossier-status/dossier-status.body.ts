import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { DOSSIER_CODE_PATTERN, LOOKUP_FACTOR_PATTERN } from '@motcua/contracts';

/** In a body, not the URL: the second factor stays out of access logs and browser history. */
export class DossierStatusLookupBody {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'phải là mã hồ sơ, ví dụ 000.72.69.H20-260302-0001' }) dossierCode: string;
  @IsString() @Matches(LOOKUP_FACTOR_PATTERN, { message: 'phải là 4 chữ số cuối của số điện thoại hoặc số định danh của người nộp' }) secondFactor: string;
}

/** The citizen's view: no name, number or address, whatever the service sends. */
export class PublicDossierStatusView {
  @ApiProperty({ example: '000.72.69.H20-260302-0001' }) dossierCode: string;
  @ApiProperty({ example: 'Đăng ký thành lập hộ kinh doanh' }) procedureName: string;
  @ApiProperty({
    example: 'acknowledged',
    description:
      'received, routed, transferred, acknowledged, supplement-requested, resolved, result-sent-back, result-ready, handed-over; or refused, withdrawn (at the citizen’s request)',
  })
  status: string;
  @ApiProperty({ example: 'Hồ sơ đang được cơ quan có thẩm quyền giải quyết.', description: 'Plain Vietnamese, e.g. "Đã rút hồ sơ theo yêu cầu của công dân; hồ sơ dừng giải quyết."' })
  statusText: string;
  @ApiProperty({ example: '2026-03-02T01:00:00.000Z' }) receivedAt: string;
  @ApiProperty({ example: '2026-03-05T08:00:00.000Z' }) appointmentAt: string;
  @ApiProperty({ example: 'Bộ phận Một cửa xã Tân Phước', nullable: true }) collectAt: string | null;
  @ApiProperty({ example: '2026-03-03T02:30:00.000Z' }) updatedAt: string;
}
