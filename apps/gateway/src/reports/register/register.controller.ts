import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DossierRegisterQuery } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { RegisterExportQuery } from './register-export.query';
import { registerCsv } from './register-csv';
import { registerHtml } from './register-html';
import type { RegisterPage } from './register-line';
import { RegisterLines } from './register-lines.use-case';

/** The desk's staff, administrators above it, auditors (tracking and intake check the unit). */
const REGISTER_ROLES = ['desk-clerk', 'after-hours-clerk', 'office-head', 'unit-admin', 'province-admin', 'auditor'] as const;

/**
 * The dossier register (Sổ theo dõi hồ sơ): tracking's lines with intake's applicant, address and phone columns, as
 * JSON pages, a CSV export or a printable page. It holds personal data: never cached.
 */
@ApiTags('reports')
@ApiDownstreamErrors()
@Controller('api/reports/register')
export class RegisterController {
  constructor(private readonly lines: RegisterLines) {}

  @Get()
  @Roles(...REGISTER_ROLES)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: "A desk's dossier register for a period, page by page (tracking + intake)" })
  @ApiOkResponse({ description: 'RegisterPage: DossierRegister with applicantName, address, phone, setCount on each line' })
  page(@StaffQuery(DossierRegisterQuery, ['page', 'pageSize']) query: DossierRegisterQuery): Promise<RegisterPage> {
    return this.lines.page(query);
  }

  @Get('csv')
  @Roles(...REGISTER_ROLES)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The whole register of a period as CSV (UTF-8, Vietnamese column headers)' })
  @ApiProduces('text/csv')
  async csv(@StaffQuery(RegisterExportQuery) query: RegisterExportQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    const register = await this.lines.all(query);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="so-theo-doi-ho-so-${register.desk.code}-${register.from}-${register.to}.csv"`);
    return registerCsv(register.items);
  }

  @Get('print')
  @Roles(...REGISTER_ROLES)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The whole register of a period as a printable page (A4 landscape, laid out like the form)' })
  @ApiProduces('text/html')
  async print(@StaffQuery(RegisterExportQuery) query: RegisterExportQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    const register = await this.lines.all(query);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // Data inside is escaped; the policy makes sure nothing in it could ever run.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    return registerHtml(register, new Date());
  }
}
