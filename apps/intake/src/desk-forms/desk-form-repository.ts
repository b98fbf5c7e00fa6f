import { Injectable } from '@nestjs/common';
import { AppError, type DeskRefusal, type DeskSupplementRequest } from '@motcua/contracts';
import { DataSource, type EntityManager } from 'typeorm';

interface Row {
  id: string;
  number: string;
  receiving_unit_code: string;
  procedure_code: string;
  procedure_name: string;
  applicant: DeskSupplementRequest['applicant'];
  items: DeskSupplementRequest['items'];
  issued_at: Date;
  issued_by: string;
  contact: DeskSupplementRequest['contact'] | null;
  bundle: DeskSupplementRequest['bundle'] | null;
}

/** The SQL of the forms the desk issues without a dossier code (02, 03) and of their numbers. */
@Injectable()
export class DeskFormRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Next number of a form at a desk on a day; the upsert's row lock serialises concurrent issues. */
  async nextNumber(manager: EntityManager, unitCode: string, form: string, day: string): Promise<number> {
    const [row] = await manager.query(
      `INSERT INTO intake.desk_form_sequences (unit_code, form, day, last_value) VALUES ($1, $2, $3, 1)
       ON CONFLICT (unit_code, form, day) DO UPDATE SET last_value = intake.desk_form_sequences.last_value + 1
       RETURNING last_value`,
      [unitCode, form, day],
    );
    return row.last_value;
  }

  async insert(manager: EntityManager, request: DeskSupplementRequest): Promise<void> {
    await manager.query(
      `INSERT INTO intake.desk_supplement_requests (id, number, receiving_unit_code, procedure_code, procedure_name, applicant, items, issued_at, issued_by, contact, bundle)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        request.id,
        request.number,
        request.receivingUnit.code,
        request.procedure.code,
        request.procedure.name,
        JSON.stringify(request.applicant),
        JSON.stringify(request.items),
        request.issuedAt,
        request.issuedBy,
        JSON.stringify(request.contact),
        request.bundle ? JSON.stringify(request.bundle) : null,
      ],
    );
  }

  /** The stored row (unit names are added by the caller from the reference replica). */
  async get(id: string): Promise<Omit<DeskSupplementRequest, 'receivingUnit'> & { receivingUnitCode: string }> {
    const [row]: Row[] = await this.dataSource.query(`SELECT * FROM intake.desk_supplement_requests WHERE id = $1`, [id]);
    if (!row) throw AppError.notFound('phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');
    return {
      id: row.id,
      number: row.number,
      receivingUnitCode: row.receiving_unit_code,
      procedure: { code: row.procedure_code, name: row.procedure_name },
      applicant: row.applicant,
      items: row.items,
      issuedAt: row.issued_at.toISOString(),
      issuedBy: row.issued_by,
      // Forms issued before the contact was recorded: the issuing clerk at the desk.
      contact: row.contact ?? { staffId: row.issued_by, deskName: '' },
      ...(row.bundle ? { bundle: row.bundle } : {}),
    };
  }

  async insertRefusal(manager: EntityManager, refusal: DeskRefusal): Promise<void> {
    await manager.query(
      `INSERT INTO intake.desk_refusals (id, number, receiving_unit_code, procedure_code, procedure_name, applicant, reasons, refused_at, refused_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        refusal.id,
        refusal.number,
        refusal.receivingUnit.code,
        refusal.procedure.code,
        refusal.procedure.name,
        JSON.stringify(refusal.applicant),
        JSON.stringify(refusal.reasons),
        refusal.refusedAt,
        refusal.refusedBy,
      ],
    );
  }

  async getRefusal(id: string): Promise<Omit<DeskRefusal, 'receivingUnit'> & { receivingUnitCode: string }> {
    const [row] = await this.dataSource.query(`SELECT * FROM intake.desk_refusals WHERE id = $1`, [id]);
    if (!row) throw AppError.notFound('phiếu từ chối tiếp nhận hồ sơ');
    return {
      id: row.id,
      number: row.number,
      receivingUnitCode: row.receiving_unit_code,
      procedure: { code: row.procedure_code, name: row.procedure_name },
      applicant: row.applicant,
      reasons: row.reasons,
      refusedAt: (row.refused_at as Date).toISOString(),
      refusedBy: row.refused_by,
    };
  }

  /** A "2 in 1" intake as stored (submit-bundle/). */
  async getBundle(id: string): Promise<{ id: string; bundle_code: string; bundle_name: string; receiving_unit_code: string; child_codes: string[]; received_at: Date; appointment_at: Date }> {
    const [row] = await this.dataSource.query(`SELECT * FROM intake.dossier_bundles WHERE id = $1`, [id]);
    if (!row) throw AppError.notFound('nhóm hồ sơ');
    return row;
  }
}
