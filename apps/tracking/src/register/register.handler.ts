import { Controller } from '@nestjs/common';
import { DossierRegisterRpc, type DossierRegister, type DossierRegisterQuery } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { BuildRegister } from './build-register';

/** The desk's dossier register (Sổ theo dõi hồ sơ), page by page. */
@Controller()
export class RegisterHandler {
  constructor(private readonly build: BuildRegister) {}

  @OnRpc(DossierRegisterRpc)
  register(query: DossierRegisterQuery): Promise<DossierRegister> {
    return this.build.execute(query);
  }
}
