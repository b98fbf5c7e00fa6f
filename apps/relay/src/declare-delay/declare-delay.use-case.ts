import { Injectable } from '@nestjs/common';
import { DossierDelayed, type DeclareDelayCommand, type DossierDelayedV1, type TransferView } from '@motcua/contracts';
import { TransferActions } from '../office-actions/transfer-actions';
import { officeDeadline } from '../transfers/office-deadline';
import { TransferRepository } from '../transfers/transfer-repository';
import { checkDelay } from './delay-rules';

/** The office will be late: it apologises with a new appointment (form 04); the citizen and the desk are told. */
@Injectable()
export class DeclareDelayUseCase {
  constructor(
    private readonly actions: TransferActions,
    private readonly transfers: TransferRepository,
  ) {}

  execute(command: DeclareDelayCommand): Promise<TransferView> {
    return this.actions.run(command, { name: 'declare-delay', side: 'office', from: ['sent', 'acknowledged', 'awaiting-approval'] }, async ({ uow, transfer, actor, at, calendar }) => {
      const appointmentAt = transfer.appointment_at ?? transfer.due_at;
      const newAppointmentAt = new Date(command.body.newAppointmentAt);
      checkDelay({ alreadyDelayed: transfer.delayed_at !== null, appointmentAt, newAppointmentAt, now: at, calendar });
      await this.transfers.recordHandover(uow.manager, {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        step: 'delayed',
        fromUnitCode: transfer.to_unit_code,
        toUnitCode: transfer.receiving_unit_code,
        givenBy: actor.staffId,
        at,
        note: command.body.reason,
      });
      const event: DossierDelayedV1 = {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        unitCode: transfer.to_unit_code,
        receivingUnitCode: transfer.receiving_unit_code,
        staffId: actor.staffId,
        reason: command.body.reason,
        previousAppointmentAt: appointmentAt.toISOString(),
        newAppointmentAt: newAppointmentAt.toISOString(),
        declaredAt: at.toISOString(),
      };
      await uow.publish(DossierDelayed.subject, event);
      return {
        delayed_at: at,
        delay_reason: command.body.reason,
        delayed_by: actor.staffId,
        delay_previous_appointment_at: appointmentAt,
        delay_new_appointment_at: newAppointmentAt,
        appointment_at: newAppointmentAt,
        due_at: officeDeadline(newAppointmentAt, transfer.return_budget_working_days, calendar),
      };
    });
  }
}
