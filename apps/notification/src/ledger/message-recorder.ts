import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotifyChannel, TemplateKind } from '@motcua/contracts';
import { CLOCK, type Clock } from '../clock/clock';
import { ContactStore } from '../contacts/contact-store';
import { DISPATCH_SETTINGS, type DispatchSettings } from '../dispatch/dispatch-settings';
import { allowedFrom } from '../dispatch/quiet-hours';
import { addressFor, fallbackChannels, planChannels, type Contact, type PlanInput } from '../preferences/channel-plan';
import { PreferenceStore } from '../preferences/preference-store';
import { placeholdersOf, renderTemplate } from '../templates/render-template';
import { TEMPLATE_CATALOGUE } from '../templates/template-catalogue';
import { TemplateStore, toMessageTemplate, type StoredTemplate } from '../templates/template-store';
import { DeliveryLedger, type NewDelivery } from './delivery-ledger';
import type { DeliveryRow } from './delivery-row';

/** One fact to tell one recipient about. */
export interface Notice {
  kind: TemplateKind;
  /**
   * The fact's own identity (e.g. `receipt:<dossier code>`), never the message id: a fact replayed under a new
   * message id must find its messages already in the ledger.
   */
  eventKey: string;
  recipientKey: string;
  contact: Contact;
  dossierCode?: string;
  unitCode?: string;
  /** Values for the kind's placeholders; anything else is dropped (a message carries no more than its template). */
  values: Record<string, string | undefined>;
}

/**
 * Decides the channels of a notice (consent, preference, published templates), renders each from its published
 * template and writes the messages in the caller's transaction, held until morning where the night is quiet.
 */
@Injectable()
export class MessageRecorder {
  constructor(
    private readonly ledger: DeliveryLedger,
    private readonly templates: TemplateStore,
    private readonly preferences: PreferenceStore,
    private readonly contacts: ContactStore,
    @Inject(DISPATCH_SETTINGS) private readonly settings: DispatchSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns the ids of the messages new to the ledger (none for a fact already told). */
  async record(manager: EntityManager, notice: Notice): Promise<string[]> {
    const published = await this.templates.published(manager, notice.kind);
    const input = await this.planInput(manager, notice.kind, notice.contact, published);
    const now = this.clock.now();
    const values = this.ownValues(notice.kind, notice.values);
    const messages = planChannels(input).map((channel) => this.compose(notice, values, channel, published.get(channel)!, now));
    return this.ledger.record(manager, messages, now);
  }

  /**
   * After `failed` failed for good: the same message on the next allowed channel that has none yet
   * (Zalo → SMS → e-mail). Returns the new message's id, or nothing when no channel is left.
   */
  async fallback(manager: EntityManager, failed: DeliveryRow): Promise<string[]> {
    const contact = await this.contacts.find(manager, failed.recipientKey);
    if (!contact) return [];
    const published = await this.templates.published(manager, failed.template);
    const input = await this.planInput(manager, failed.template, contact, published);
    for (const channel of fallbackChannels(input, failed.channel)) {
      if (await this.ledger.exists(manager, failed.eventKey, failed.recipientKey, channel)) continue;
      const notice: Notice = {
        kind: failed.template,
        eventKey: failed.eventKey,
        recipientKey: failed.recipientKey,
        contact,
        dossierCode: failed.dossierCode ?? undefined,
        unitCode: failed.unitCode ?? undefined,
        values: failed.params,
      };
      const now = this.clock.now();
      const message = { ...this.compose(notice, failed.params, channel, published.get(channel)!, now), fallbackOf: failed.id };
      return this.ledger.record(manager, [message], now);
    }
    return [];
  }

  private async planInput(manager: EntityManager, kind: TemplateKind, contact: Contact, published: Map<NotifyChannel, StoredTemplate>): Promise<PlanInput> {
    const audience = TEMPLATE_CATALOGUE[kind].audience;
    return {
      audience,
      contact,
      preferences: audience === 'citizen' ? await this.preferences.forContact(manager, contact) : undefined,
      defaultConsent: this.settings.defaultConsent,
      available: (channel) => published.has(channel),
    };
  }

  private ownValues(kind: TemplateKind, values: Notice['values']): Record<string, string> {
    const names = Object.keys(TEMPLATE_CATALOGUE[kind].placeholders);
    return Object.fromEntries(names.filter((n) => values[n]).map((n) => [n, values[n] as string]));
  }

  private compose(notice: Notice, values: Record<string, string>, channel: NotifyChannel, template: StoredTemplate, now: Date): NewDelivery {
    const rendered = renderTemplate(toMessageTemplate(template), values);
    const zns = channel === 'zalo' ? Object.fromEntries(placeholdersOf(template.body).map((n) => [n, values[n]])) : undefined;
    return {
      eventKey: notice.eventKey,
      recipientKey: notice.recipientKey,
      audience: TEMPLATE_CATALOGUE[notice.kind].audience,
      dossierCode: notice.dossierCode,
      unitCode: notice.unitCode ?? notice.contact.unitCode ?? undefined,
      template: notice.kind,
      templateVersion: template.version,
      channel,
      address: addressFor(notice.contact, channel)!,
      ...rendered,
      params: values,
      providerTemplateId: template.providerTemplateId ?? undefined,
      providerParams: zns,
      notBefore: allowedFrom(this.settings.quietHours, channel, now),
    };
  }
}
