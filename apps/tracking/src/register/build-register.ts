import { Injectable } from '@nestjs/common';
import { AppError, type DossierRegister, type DossierRegisterQuery, type RegisterEntry } from '@motcua/contracts';
import { ReferenceReplica } from '../reference/reference-replica';
import { mayReadRegister } from '../reference/report-access';
import { reportPeriod } from '../statistics/report-period';
import { registerNote } from './register-note';
import { RegisterStore, type RegisterRow } from './register-store';

const DEFAULT_PAGE_SIZE = 100;
const iso = (value: string | undefined): string | null => (value ? new Date(value).toISOString() : null);

/**
 * The desk's dossier register for a period, without its personal columns (applicant, address, phone): tracking holds
 * none; the gateway joins them from intake.
 */
@Injectable()
export class BuildRegister {
  constructor(
    private readonly store: RegisterStore,
    private readonly reference: ReferenceReplica,
  ) {}

  async execute(query: DossierRegisterQuery, now = new Date()): Promise<DossierRegister> {
    const tree = this.reference.tree();
    // A desk merged away is the desk that took it over (its own old dossiers keep its old code).
    const deskCode = tree.current(query.unitCode ?? query.actor.unitCode);
    const desk = this.reference.unit(deskCode);
    if (!mayReadRegister(query.actor, deskCode, tree)) throw AppError.forbidden('Sổ theo dõi này thuộc bộ phận một cửa của đơn vị khác');
    const period = reportPeriod(query.from, query.to, now);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const offset = (page - 1) * pageSize;
    const { rows, total } = await this.store.page(deskCode, period.start, period.end, offset, pageSize);
    return {
      desk: { code: deskCode, name: desk?.name ?? deskCode, deskName: desk?.deskName ?? deskCode },
      from: period.from,
      to: period.to,
      items: rows.map((row, i) => this.entry(row, offset + i + 1, now)),
      total,
      page,
      pageSize,
    };
  }

  private entry(row: RegisterRow, number: number, now: Date): RegisterEntry {
    const { fact } = row;
    const appointmentAt = new Date(fact.reception!.appointmentAt);
    const lead = this.reference.unit(row.competentUnitCode);
    return {
      number,
      dossierCode: row.dossierCode,
      procedureCode: row.procedureCode,
      procedureName: row.procedureName ?? row.procedureCode,
      leadAgency: { code: row.competentUnitCode, name: lead?.name ?? row.competentUnitCode },
      receivedAt: row.receivedAt.toISOString(),
      appointmentAt: appointmentAt.toISOString(),
      transferredAt: iso(fact.transferredAt),
      resultReceivedAt: iso(fact.resultReadyAt),
      returnedAt: iso(fact.handedOverAt),
      note: registerNote(
        {
          endKind: row.endKind,
          endClass: row.endClass,
          appointmentAt,
          dueAt: row.dueAt,
          pausedSince: row.pausedSince,
          supplementRequests: Object.keys(fact.supplementRequests ?? {}).length,
          delayedTo: fact.delay ? new Date(fact.delay.newAppointmentAt) : null,
          resolvedAt: fact.resolvedAt ? new Date(fact.resolvedAt) : null,
          handedOverAt: fact.handedOverAt ? new Date(fact.handedOverAt) : null,
        },
        now,
      ),
    };
  }
}
