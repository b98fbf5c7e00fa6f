/** Unit codes: GSO codes of administrative units ("29972"), local keys of agencies. */
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
export const UNIT_CODE_RULE = 'unitCode must be a unit code such as 29972 (letters, digits, . _ -; at most 32)';
