import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { NATS_CONNECTION } from '../bootstrap/tokens';

/** Liveness and readiness for process managers, compose and load balancers. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<{ status: 'ok'; database: 'up'; nats: 'up' }> {
    const database = await this.dataSource.query('SELECT 1').then(
      () => 'up',
      () => 'down',
    );
    const nats = this.nc.isClosed() ? 'down' : 'up';
    if (database !== 'up' || nats !== 'up') {
      throw new HttpException({ status: 'unavailable', database, nats }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', database: 'up', nats: 'up' };
  }
}
