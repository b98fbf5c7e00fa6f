/** Unit codes: GSO codes of administrative units ("29972"), local keys of agencies. */
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
export const UNIT_CODE_RULE = 'phải là mã đơn vị, ví dụ 29972 (chữ cái, chữ số, . _ -; tối đa 32 ký tự)';
