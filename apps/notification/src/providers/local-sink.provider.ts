import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_ENV } from '@motcua/platform';
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { NotificationProvider, TemporaryDeliveryFailure, type OutgoingMessage } from './notification-provider';

export const SINK_FILE = 'messages.jsonl';

/**
 * Stand-in for the SMS gateway, ZNS and SMTP on one machine: appends one JSON line per message to
 * `$NOTIFY_SINK_DIR/messages.jsonl` (default .data/notifications), where a developer or a test reads them.
 */
@Injectable()
export class LocalSinkProvider extends NotificationProvider {
  private readonly file: string;
  private ready?: Promise<unknown>;

  constructor(@Inject(SERVICE_ENV) env: NodeJS.ProcessEnv) {
    super();
    this.file = path.resolve(env.NOTIFY_SINK_DIR ?? '.data/notifications', SINK_FILE);
  }

  override providerName(): string {
    return 'local-sink';
  }

  async send(message: OutgoingMessage): Promise<string> {
    const providerRef = `local-${randomUUID()}`;
    const line = JSON.stringify({ providerRef, ...message, sentAt: new Date().toISOString() });
    try {
      await (this.ready ??= mkdir(path.dirname(this.file), { recursive: true }));
      await appendFile(this.file, `${line}\n`, 'utf8');
    } catch (error) {
      this.ready = undefined;
      // A full or unwritable disk is the sink's "gateway down": try again later.
      throw new TemporaryDeliveryFailure(`local sink unavailable (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return providerRef;
  }
}
