import { Controller } from '@nestjs/common';
import { ImportUnits, type ImportReport, type ImportUnitsCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { ImportUnitsUseCase } from './import-units.use-case';

@Controller()
export class ImportUnitsHandler {
  constructor(private readonly useCase: ImportUnitsUseCase) {}

  @OnRpc(ImportUnits)
  handle(command: ImportUnitsCommand): Promise<ImportReport> {
    return this.useCase.execute(command);
  }
}
