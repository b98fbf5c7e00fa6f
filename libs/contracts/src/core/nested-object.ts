import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';

/**
 * A required nested object, validated by its own class. `@ValidateNested()` alone lets `undefined` and arrays
 * through (a 500 or an empty record later); this refuses both with the field's name.
 */
export function NestedObject(cls: () => Function): PropertyDecorator {
  return (target, key) => {
    IsDefined()(target, key);
    IsObject()(target, key);
    ValidateNested()(target, key);
    Type(cls)(target, key);
  };
}
