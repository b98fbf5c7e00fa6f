import { Controller } from '@nestjs/common';
import { RegisterApplicants, type RegisterApplicant, type RegisterApplicantsQuery } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { DataSource } from 'typeorm';
import { ReferenceReplica } from '../reference/reference-replica';
import { mayReadRegisterApplicants } from './register-access';

/** Deepest unit tree walked (guards against a cycle in bad reference data). */
const MAX_DEPTH = 16;

/**
 * The register's personal columns (applicant, address, phone), which only intake holds, for a page of tracking's
 * register. Dossiers the actor may not read, or that intake does not know, are left out of the answer.
 */
@Controller()
export class RegisterApplicantsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceReplica,
  ) {}

  @OnRpc(RegisterApplicants)
  async handle(query: RegisterApplicantsQuery): Promise<RegisterApplicant[]> {
    const rows: { code: string; receiving_unit_code: string; applicant: { fullName: string; address: string; phone: string } }[] =
      await this.dataSource.query('SELECT code, receiving_unit_code, applicant FROM intake.dossiers WHERE code = ANY($1::text[])', [query.dossierCodes]);
    return rows
      .filter((row) => mayReadRegisterApplicants(query.actor, row.receiving_unit_code, this.ancestry(row.receiving_unit_code)))
      .map((row) => ({
        dossierCode: row.code,
        applicantName: row.applicant.fullName,
        address: row.applicant.address,
        phone: row.applicant.phone,
        // Intake records one set per dossier; the count of sets is not asked at the desk yet.
        setCount: 1,
      }));
  }

  private ancestry(code: string): string[] {
    const chain = [code];
    for (let parent = this.parentOf(code); parent && chain.length < MAX_DEPTH && !chain.includes(parent); parent = this.parentOf(parent)) chain.push(parent);
    return chain;
  }

  private parentOf(code: string): string | null {
    try {
      return this.reference.unit(code).parentCode;
    } catch {
      return null; // a unit the replica does not know (yet): the chain stops there
    }
  }
}
