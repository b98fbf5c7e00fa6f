import { plainToInstance } from 'class-transformer';
import { getMetadataStorage } from 'class-validator';
import type { SchemaObject } from '@nestjs/swagger';
import type { PayloadClass } from '@motcua/contracts';

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/**
 * The OpenAPI schema of a contract class, read from its class-validator decorators: libs/contracts must not
 * depend on swagger, and a second, hand-written description of the same payload would drift from it.
 * Covers the rules the contracts use; unknown rules are left out of the schema (the validation still applies).
 */
export function contractSchema(cls: PayloadClass, options: { omit?: readonly string[] } = {}): SchemaObject {
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', false, false)) {
    if (options.omit?.includes(m.propertyName)) continue;
    byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
  }
  const properties: Record<string, SchemaObject> = {};
  const required: string[] = [];
  for (const [name, rules] of byProperty) {
    properties[name] = propertySchema(cls, name, rules);
    if (!rules.some((r) => r.name === 'isOptional')) required.push(name);
  }
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

/** Schemas of the top-level properties (for query-string parameters). */
export function contractProperties(cls: PayloadClass, options: { omit?: readonly string[] } = {}): { name: string; required: boolean; schema: SchemaObject }[] {
  const schema = contractSchema(cls, options);
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({ name, required: !!schema.required?.includes(name), schema: s as SchemaObject }));
}

function propertySchema(cls: PayloadClass, name: string, rules: ValidationMetadata[]): SchemaObject {
  const own: SchemaObject = {};
  const item: SchemaObject = {};
  let isArray = false;
  for (const rule of rules) {
    if (rule.name === 'isArray') isArray = true;
    if (rule.type === 'nestedValidation') {
      const nested = nestedClass(cls, name, !!rule.each);
      if (nested) Object.assign(rule.each ? item : own, contractSchema(nested));
      isArray ||= !!rule.each;
      continue;
    }
    applyRule(rule.each ? item : own, rule);
  }
  return isArray ? { ...own, type: 'array', items: item } : own;
}

function applyRule(s: SchemaObject, rule: ValidationMetadata): void {
  const [a, b] = rule.constraints ?? [];
  switch (rule.name) {
    case 'isString':
      s.type = 'string';
      break;
    case 'isLength':
      s.type = 'string';
      if (typeof a === 'number') s.minLength = a;
      if (typeof b === 'number') s.maxLength = b;
      break;
    case 'matches':
      s.type = 'string';
      s.pattern = a instanceof RegExp ? a.source : String(a);
      break;
    case 'isIn':
      s.enum = a as unknown[];
      if ((a as unknown[]).every((v) => typeof v === 'string')) s.type = 'string';
      break;
    case 'isInt':
      s.type = 'integer';
      break;
    case 'isNumber':
      s.type = 'number';
      break;
    case 'min':
      s.minimum = a as number;
      break;
    case 'max':
      s.maximum = a as number;
      break;
    case 'isBoolean':
      s.type = 'boolean';
      break;
    case 'isEmail':
      Object.assign(s, { type: 'string', format: 'email' });
      break;
    case 'isUuid':
      Object.assign(s, { type: 'string', format: 'uuid' });
      break;
    case 'isIso8601':
    case 'isDateString':
      Object.assign(s, { type: 'string', format: 'date-time' });
      break;
    case 'arrayMaxSize':
      s.maxItems = a as number;
      break;
    case 'arrayMinSize':
      s.minItems = a as number;
      break;
  }
}

/** The class of a nested property: class-transformer's @Type answers through its public API, else design:type. */
function nestedClass(cls: PayloadClass, name: string, each: boolean): PayloadClass | undefined {
  const probe = plainToInstance(cls, { [name]: each ? [{}] : {} }) as Record<string, unknown>;
  const value = each ? (probe[name] as unknown[] | undefined)?.[0] : probe[name];
  const ctor = (value as object | undefined)?.constructor;
  if (ctor && ctor !== Object) return ctor as PayloadClass;
  const designed = Reflect.getMetadata('design:type', cls.prototype, name);
  return designed && designed !== Object && designed !== Array ? designed : undefined;
}
