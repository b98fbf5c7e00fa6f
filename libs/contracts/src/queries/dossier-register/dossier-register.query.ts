import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import { REPORT_DAY_PATTERN } from '../dossier-statistics/dossier-statistics.query';
import type { Page } from '../office-inbox/office-inbox.query';

/** The desk's dossier register (Sổ theo dõi hồ sơ, form 06 of Circular 01/2018; form 07 of Circular 03/2025). */
export class DossierRegisterQuery extends StaffQueryEnvelope {
  /** The desk (receiving unit); the actor's own unit when absent. */
  @IsOptional() @IsString() @Length(1, 32) unitCode?: string;
  /** Dossiers received from this day (inclusive), Vietnam time. */
  @Matches(REPORT_DAY_PATTERN, { message: 'phải là ngày viết dạng YYYY-MM-DD' }) from: string;
  @Matches(REPORT_DAY_PATTERN, { message: 'phải là ngày viết dạng YYYY-MM-DD' }) to: string;
  @IsOptional() @IsInt() @Min(1) @Max(100_000) page?: number;
  @IsOptional() @IsInt() @Min(1) @Max(500) pageSize?: number;
}

/**
 * One line of the register, without its personal columns (applicant, address and phone): tracking holds nothing
 * personal; the gateway joins them from intake (RegisterApplicants).
 */
export interface RegisterEntry {
  /** STT: the line's number in the period. */
  number: number;
  dossierCode: string;
  procedureCode: string;
  procedureName: string;
  /** Cơ quan chủ trì giải quyết. */
  leadAgency: { code: string; name: string } | null;
  receivedAt: string;
  appointmentAt: string;
  /** Ngày chuyển hồ sơ đến cơ quan giải quyết. */
  transferredAt: string | null;
  /** Ngày nhận kết quả từ cơ quan giải quyết. */
  resultReceivedAt: string | null;
  /** Ngày trả kết quả cho công dân. */
  returnedAt: string | null;
  /** Ghi chú, plain Vietnamese: outcome against the appointment, supplements, delays. */
  note: string;
}

export interface DossierRegister extends Page<RegisterEntry> {
  desk: { code: string; name: string; deskName: string };
  from: string;
  to: string;
}

export const DossierRegisterRpc = defineRpc<DossierRegisterQuery, DossierRegister>('tracking.qry.register', DossierRegisterQuery);
