import { Controller } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, CitizenPreferences, type CitizenPreferencesQuery, type CitizenPreferencesView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { assertDeskStaff } from '../../authorization/notification-access';
import { PreferenceStore } from '../preference-store';

/** What a citizen told us, looked up by the phone or e-mail the citizen gives the clerk. */
@Controller()
export class CitizenPreferencesHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly preferences: PreferenceStore,
  ) {}

  @OnRpc(CitizenPreferences)
  async find(query: CitizenPreferencesQuery): Promise<CitizenPreferencesView> {
    assertDeskStaff(query.actor);
    if (!query.phone && !query.email) throw AppError.invalid([{ field: 'phone', reason: 'hãy nhập số điện thoại hoặc địa chỉ e-mail của công dân' }]);
    const key = await this.preferences.keyFor(this.dataSource.manager, query);
    const view = key ? await this.preferences.view(this.dataSource.manager, key) : undefined;
    if (!view) throw AppError.notFound('lựa chọn nhận thông báo của công dân này');
    return view;
  }
}
