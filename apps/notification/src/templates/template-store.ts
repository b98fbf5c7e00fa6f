import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { NotifyChannel, TemplateKind, TemplateText, TemplateView } from '@motcua/contracts';
import { DEFAULT_TEMPLATES } from './default-templates';
import type { MessageTemplate } from './message-templates';

/** Who wrote the built-in versions. */
export const SYSTEM_AUTHOR = 'system';

export type StoredTemplate = TemplateView;

const iso = (value: Date | null): string | null => (value ? new Date(value).toISOString() : null);

const toView = (r: any): StoredTemplate => ({
  kind: r.kind,
  channel: r.channel,
  version: r.version,
  status: r.status,
  subject: r.subject,
  body: r.body,
  providerTemplateId: r.provider_template_id,
  createdAt: iso(r.created_at)!,
  createdBy: r.created_by,
  publishedAt: iso(r.published_at),
  publishedBy: r.published_by,
});

export const toMessageTemplate = (t: StoredTemplate): MessageTemplate => ({
  name: t.kind,
  version: t.version,
  channel: t.channel,
  ...(t.subject !== null ? { subject: t.subject } : {}),
  body: t.body,
  ...(t.providerTemplateId ? { providerTemplateId: t.providerTemplateId } : {}),
});

/** notification.templates: drafts, the one published version per kind and channel, and retired ones. */
@Injectable()
export class TemplateStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Gives every kind and channel without any version the built-in wording as version 1 (published, or a draft for
   * Zalo). Never touches a kind an administrator has versions of; replicas starting together insert it once.
   */
  async seedDefaults(now: Date): Promise<void> {
    for (const t of DEFAULT_TEMPLATES) {
      await this.dataSource.query(
        `INSERT INTO notification.templates (kind, channel, version, status, subject, body, created_at, created_by, published_at, published_by)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10
          WHERE NOT EXISTS (SELECT 1 FROM notification.templates WHERE kind = $1 AND channel = $2)
         ON CONFLICT DO NOTHING`,
        [
          t.name,
          t.channel,
          t.version,
          t.channel === 'zalo' ? 'draft' : 'published',
          t.subject ?? null,
          t.body,
          now,
          SYSTEM_AUTHOR,
          t.channel === 'zalo' ? null : now,
          t.channel === 'zalo' ? null : SYSTEM_AUTHOR,
        ],
      );
    }
  }

  /** The published version of each channel of a kind. */
  async published(manager: EntityManager, kind: TemplateKind): Promise<Map<NotifyChannel, StoredTemplate>> {
    const rows = await manager.query(`SELECT * FROM notification.templates WHERE kind = $1 AND status = 'published'`, [kind]);
    return new Map(rows.map((r: any) => [r.channel, toView(r)]));
  }

  async list(kind?: TemplateKind): Promise<StoredTemplate[]> {
    const rows = await this.dataSource.query(
      `SELECT * FROM notification.templates WHERE ($1::text IS NULL OR kind = $1) ORDER BY kind, channel, version`,
      [kind ?? null],
    );
    return rows.map(toView);
  }

  async get(manager: EntityManager, kind: TemplateKind, channel: NotifyChannel, version: number): Promise<StoredTemplate | undefined> {
    const [row] = await manager.query(
      `SELECT * FROM notification.templates WHERE kind = $1 AND channel = $2 AND version = $3`,
      [kind, channel, version],
    );
    return row ? toView(row) : undefined;
  }

  /** Serialises changes to one kind and channel (numbering drafts, swapping the published version). */
  async lock(manager: EntityManager, kind: TemplateKind, channel: NotifyChannel): Promise<void> {
    await manager.query(`SELECT 1 FROM notification.templates WHERE kind = $1 AND channel = $2 FOR UPDATE`, [kind, channel]);
  }

  /** A new draft, numbered after every version of its kind and channel. */
  async createDraft(manager: EntityManager, text: TemplateText, author: string, now: Date): Promise<StoredTemplate> {
    await this.lock(manager, text.kind, text.channel);
    const [row] = await manager.query(
      `INSERT INTO notification.templates (kind, channel, version, status, subject, body, provider_template_id, created_at, created_by)
       SELECT $1, $2, COALESCE(MAX(version), 0) + 1, 'draft', $3, $4, $5, $6, $7 FROM notification.templates WHERE kind = $1 AND channel = $2
       RETURNING *`,
      [text.kind, text.channel, text.subject ?? null, text.body, text.providerTemplateId ?? null, now, author],
    );
    return toView(row);
  }

  /** Retires the version in use and publishes this one, in the caller's transaction. */
  async publish(manager: EntityManager, template: StoredTemplate, publisher: string, now: Date): Promise<StoredTemplate> {
    await manager.query(`UPDATE notification.templates SET status = 'retired' WHERE kind = $1 AND channel = $2 AND status = 'published'`, [
      template.kind,
      template.channel,
    ]);
    const [rows] = await manager.query(
      `UPDATE notification.templates SET status = 'published', published_at = $4, published_by = $5
        WHERE kind = $1 AND channel = $2 AND version = $3 RETURNING *`,
      [template.kind, template.channel, template.version, now, publisher],
    );
    return toView(rows[0]);
  }
}
