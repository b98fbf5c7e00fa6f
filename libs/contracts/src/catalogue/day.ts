import { IsISO8601, Matches } from 'class-validator';

/** A calendar day YYYY-MM-DD that exists (no 2025-02-30): effective dates of units, procedures and bundles. */
export function IsDay(): PropertyDecorator {
  return (target, key) => {
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'phải là ngày viết dạng YYYY-MM-DD' })(target, key);
    IsISO8601({ strict: true }, { message: 'phải là một ngày có thật' })(target, key);
  };
}

/** National procedure code of CSDLQG về TTHC, e.g. 1.001612. */
export const PROCEDURE_CODE = /^\d\.\d{6}$/;
/** A unit's code: GSO digits, or a local key for agencies (e.g. CA-29972). */
export const UNIT_CODE = /^[0-9A-Za-z][0-9A-Za-z.-]{0,31}$/;
