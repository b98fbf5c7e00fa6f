import { HandOverResultBody, OfficeInboxQuery, SubmitDossierBody } from '@motcua/contracts';
import { contractProperties, contractSchema } from './contract-schema';

describe('contractSchema (OpenAPI from class-validator rules)', () => {
  it('describes SubmitDossierBody with its nested applicant and document list', () => {
    const schema = contractSchema(SubmitDossierBody);
    expect(schema.required).toEqual(expect.arrayContaining(['procedureCode', 'channel', 'resultDelivery', 'applicant', 'documents']));
    expect(schema.properties?.channel).toMatchObject({ type: 'string', enum: expect.arrayContaining(['counter', 'after-hours-counter']) });
    const applicant = schema.properties?.applicant as any;
    expect(applicant.type).toBe('object');
    expect(applicant.properties.phone).toEqual({ type: 'string', pattern: '^0\\d{9}$' });
    expect(applicant.properties.email).toEqual({ type: 'string', format: 'email' });
    expect(applicant.required).not.toContain('email');
    const documents = schema.properties?.documents as any;
    expect(documents).toMatchObject({ type: 'array', maxItems: 100 });
    expect(documents.items.properties.count).toEqual({ type: 'integer', minimum: 1, maximum: 50 });
    expect(documents.items.required).toEqual(['code', 'present']);
  });

  it('describes a small body', () => {
    expect(contractSchema(HandOverResultBody)).toEqual({
      type: 'object',
      properties: { method: { type: 'string', enum: ['desk', 'post', 'home'] } },
      required: ['method'],
      additionalProperties: false,
    });
  });

  it('lists query parameters without the actor', () => {
    const params = contractProperties(OfficeInboxQuery, { omit: ['actor'] });
    const names = params.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['page', 'pageSize', 'status']));
    expect(names).not.toContain('actor');
    expect(params.every((p) => !p.required)).toBe(true);
    expect(params.find((p) => p.name === 'pageSize')?.schema).toEqual({ type: 'integer', minimum: 1, maximum: 200 });
  });
});
