import { Controller } from '@nestjs/common';
import { TemplateCatalogue, TEMPLATE_KINDS, type TemplateCatalogueQuery, type TemplateKindView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { assertTemplateAdmin } from '../../authorization/notification-access';
import { TEMPLATE_CATALOGUE } from '../../templates/template-catalogue';
import { TemplateStore } from '../../templates/template-store';

/** Every kind of message, the values its templates may use (with samples), and all its versions per channel. */
@Controller()
export class TemplateCatalogueHandler {
  constructor(private readonly templates: TemplateStore) {}

  @OnRpc(TemplateCatalogue)
  async list(query: TemplateCatalogueQuery): Promise<TemplateKindView[]> {
    assertTemplateAdmin(query.actor);
    const stored = await this.templates.list(query.kind);
    return TEMPLATE_KINDS.filter((kind) => !query.kind || kind === query.kind).map((kind) => {
      const spec = TEMPLATE_CATALOGUE[kind];
      return {
        kind,
        audience: spec.audience,
        description: spec.description,
        placeholders: Object.entries(spec.placeholders).map(([name, p]) => ({ name, description: p.description, sample: p.sample, required: !!p.required })),
        templates: stored.filter((t) => t.kind === kind),
      };
    });
  }
}
