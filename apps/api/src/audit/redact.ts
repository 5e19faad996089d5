/** Fields that hold a secret, whatever the entity: password, passwordHash, token, secret, …Hash. */
const SECRET_FIELD = /password|secret|token|hash$/i;
/** Values that are a secret wherever they appear: an argon2 hash or a JWT. */
const SECRET_VALUE = /^\$argon2|^eyJ[\w-]*\.[\w-]+\.[\w-]*$/;
export const REDACTED = '[redacted]';

/**
 * A copy of an audited value without secrets: the audit log is read by appraisers and administrators, who must
 * never see a password hash or a token. Applied when writing, and again when reading rows written before.
 */
export function redact(value: unknown): unknown {
  if (typeof value === 'string') return SECRET_VALUE.test(value) ? REDACTED : value;
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_FIELD.test(k) && v != null ? REDACTED : redact(v)]),
    );
  return value;
}
