import { ApiProperty } from '@nestjs/swagger';
import type { PublicProcedure } from '@motcua/contracts';

class TimeLimitView {
  @ApiProperty({ example: 3 }) value: number;
  @ApiProperty({ example: 'working-days' }) unit: string;
}

class RequiredDocumentView {
  @ApiProperty({ example: 'Giấy đề nghị đăng ký hộ kinh doanh' }) name: string;
  @ApiProperty({ enum: ['original', 'copy'], example: 'original' }) form: string;
  @ApiProperty({ example: 1 }) count: number;
}

class FeeView {
  @ApiProperty({ example: 'counter' }) channel: string;
  @ApiProperty({ example: 100000 }) amountVnd: number;
}

export class PublicProcedureView {
  @ApiProperty({ example: '1.001612' }) code: string;
  @ApiProperty({ example: 'Đăng ký thành lập hộ kinh doanh' }) name: string;
  @ApiProperty({ example: 'Thành lập và hoạt động của hộ kinh doanh' }) field: string;
  @ApiProperty({ type: TimeLimitView }) timeLimit: TimeLimitView;
  @ApiProperty({ type: [RequiredDocumentView] }) documents: RequiredDocumentView[];
  @ApiProperty({ type: [FeeView] }) fees: FeeView[];
  @ApiProperty({ example: 'Bộ phận Một cửa cấp huyện, hoặc cấp xã (tiếp nhận và chuyển)' }) whereToSubmit: string;
}

/** Field by field: only what the public catalogue is meant to show leaves the gateway. */
export function toPublicProcedureView(p: PublicProcedure): PublicProcedureView {
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    timeLimit: { value: p.timeLimit.value, unit: p.timeLimit.unit },
    documents: p.documents.map((d) => ({ name: d.name, form: d.form, count: d.count })),
    fees: p.fees.map((f) => ({ channel: f.channel, amountVnd: f.amountVnd })),
    whereToSubmit: p.whereToSubmit,
  };
}
