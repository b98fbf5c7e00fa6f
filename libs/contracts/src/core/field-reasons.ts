import { getMetadataStorage, type ValidationError } from 'class-validator';

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/**
 * The reasons a user reads next to a field, in Vietnamese and without the field's name (the form shows the
 * label already): "phải có từ 1 đến 64 ký tự", not class-validator's "username must be longer than or equal
 * to 1 characters". A message written in the decorator (`{ message: … }`) is ours and already Vietnamese; it is
 * kept as written. Every other failure is worded here from its constraint's name and arguments.
 */
export const GENERIC_REASON = 'giá trị không hợp lệ';

const list = (values: unknown): string => (Array.isArray(values) ? values.map(String).join(', ') : String(values));

/** A constraint's reason from its arguments (`constraints` as the decorator stored them). */
const REASONS: Partial<Record<string, (args: readonly unknown[]) => string>> = {
  isDefined: () => 'là bắt buộc',
  isNotEmpty: () => 'không được để trống',
  isString: () => 'phải là chuỗi ký tự',
  isInt: () => 'phải là số nguyên',
  isNumber: () => 'phải là số',
  isPositive: () => 'phải là số dương',
  min: ([n]) => `không được nhỏ hơn ${n}`,
  max: ([n]) => `không được lớn hơn ${n}`,
  isLength: ([min, max]) => lengthReason(min, max),
  minLength: ([min]) => `phải có ít nhất ${min} ký tự`,
  maxLength: ([max]) => `không được quá ${max} ký tự`,
  matches: () => 'không đúng định dạng',
  isIn: ([values]) => `phải là một trong: ${list(values)}`,
  isEnum: ([, values]) => `phải là một trong: ${list(values)}`,
  isBoolean: () => 'phải là true hoặc false',
  isIso8601: () => 'phải là ngày hoặc thời điểm theo ISO 8601, ví dụ 2026-03-02 hoặc 2026-03-02T08:00:00+07:00',
  isDateString: () => 'phải là ngày hoặc thời điểm theo ISO 8601, ví dụ 2026-03-02 hoặc 2026-03-02T08:00:00+07:00',
  isIsoDay: () => 'phải là một ngày có thật, viết YYYY-MM-DD',
  isUuid: () => 'phải là mã UUID',
  isEmail: () => 'phải là địa chỉ e-mail hợp lệ',
  isHexadecimal: () => 'phải là chuỗi thập lục phân (0-9, a-f)',
  isArray: () => 'phải là một danh sách',
  arrayNotEmpty: () => 'không được để trống',
  arrayMinSize: ([min]) => `phải có ít nhất ${min} phần tử`,
  arrayMaxSize: ([max]) => `không được quá ${max} phần tử`,
  arrayUnique: () => 'không được có phần tử trùng nhau',
  isObject: () => 'phải là một đối tượng',
  nestedValidation: () => 'phải là một đối tượng hoặc một danh sách',
  whitelistValidation: () => 'không được có trong yêu cầu',
  unknownValue: () => 'không phải dữ liệu có thể kiểm tra',
};

/** Reasons worded from the decorator's arguments: without its metadata, they fall back to GENERIC_REASON. */
const WITH_ARGUMENTS = new Set(['min', 'max', 'isLength', 'minLength', 'maxLength', 'isIn', 'isEnum', 'arrayMinSize', 'arrayMaxSize']);

function lengthReason(min: unknown, max: unknown): string {
  if (typeof max !== 'number') return typeof min === 'number' ? `phải có ít nhất ${min} ký tự` : 'có độ dài không hợp lệ';
  if (min === max) return `phải có đúng ${min} ký tự`;
  return typeof min === 'number' && min > 0 ? `phải có từ ${min} đến ${max} ký tự` : `không được quá ${max} ký tự`;
}

/** The decorator behind a failed constraint of `error`, if the failure came from one (not from the whitelist). */
function metadataOf(error: ValidationError, constraint: string): ValidationMetadata | undefined {
  const target = error.target as object | undefined;
  if (typeof target !== 'object' || target === null || Array.isArray(target)) return undefined;
  const storage = getMetadataStorage();
  const nameOf = (m: ValidationMetadata): string | undefined =>
    m.name ?? (m.constraintCls ? storage.getTargetValidatorConstraints(m.constraintCls)[0]?.name : undefined) ?? m.type;
  return storage.getTargetValidationMetadatas(target.constructor, '', true, false).find((m) => m.propertyName === error.property && nameOf(m) === constraint);
}

/** `@ValidateNested()` always carries class-validator's own English message: it is not one of ours. */
const ownMessage = (metadata: ValidationMetadata | undefined): boolean => metadata?.message !== undefined && metadata.type !== 'nestedValidation';

/** The Vietnamese reason for one failed constraint of a class-validator error. */
export function fieldReason(error: ValidationError, constraint: string, message: string): string {
  const metadata = metadataOf(error, constraint);
  if (ownMessage(metadata)) return message;
  const word = REASONS[constraint];
  const reason = word && (metadata || !WITH_ARGUMENTS.has(constraint)) ? word(metadata?.constraints ?? []) : GENERIC_REASON;
  if (!metadata?.each) return reason;
  return constraint === 'nestedValidation' ? 'phải là một danh sách các đối tượng' : `mỗi phần tử ${reason}`;
}

/** Whether a constraint has its own wording (the rest get GENERIC_REASON). */
export function hasFieldReason(constraint: string): boolean {
  return constraint in REASONS;
}
