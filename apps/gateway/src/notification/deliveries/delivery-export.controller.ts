import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AppError, DeliveryReport, type DeliveryReportRow } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { deliveriesCsv } from './deliveries-csv';
import { DeliveryExportQuery } from './delivery-export.query';

/** All or nothing: an audit file cut short would look complete, so a period too large is refused instead. */
const MAX_ROWS = 100_000;
const PAGE = 1_000;

@ApiTags('notification')
@ApiDownstreamErrors()
@Controller('api/notification/deliveries')
export class DeliveryExportController {
  constructor(private readonly downstream: Downstream) {}

  @Get('export')
  @Roles('auditor', 'province-admin')
  @ApiOperation({ summary: 'The delivery ledger of a period as CSV (UTF-8, Vietnam time), for audits; at most 100,000 messages (notification)' })
  @ApiProduces('text/csv')
  async export(@StaffQuery(DeliveryExportQuery) query: DeliveryExportQuery): Promise<StreamableFile> {
    const rows: DeliveryReportRow[] = [];
    let after: string | undefined;
    do {
      const page = await this.downstream.call(DeliveryReport, { ...query, limit: PAGE, ...(after ? { after } : {}) });
      rows.push(...page.rows);
      after = page.next ?? undefined;
      if (rows.length > MAX_ROWS) {
        throw AppError.rule('export_too_large', `Khoảng thời gian có hơn ${MAX_ROWS} tin; hãy chia nhỏ khoảng thời gian`, [
          { field: 'to', reason: `khoảng thời gian có hơn ${MAX_ROWS} tin nhắn; hãy xuất một khoảng ngắn hơn` },
        ]);
      }
    } while (after);
    const name = `tin-nhan-${query.from.slice(0, 10)}-${query.to.slice(0, 10)}.csv`;
    return new StreamableFile(Buffer.from(deliveriesCsv(rows), 'utf8'), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${name}"` });
  }
}
