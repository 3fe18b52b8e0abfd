/** Machine-readable reason a validator rejected its input; see `validatorMessages` for user-facing text. */
export type ValidatorCode =
  | 'required'
  | 'resident_id.format'
  | 'resident_id.legacy_15'
  | 'resident_id.date'
  | 'resident_id.checksum'
  | 'phone.format'
  | 'division.format'
  | 'division.province'
  | 'division.level_county'
  | 'division.level_town'
  | 'division.level_village'
  | 'text.too_short'
  | 'text.too_long';

/** Outcome of a validator: the normalised value, or a code (plus message parameters) explaining the failure. */
export type CheckResult<T> = { ok: true; value: T } | { ok: false; code: ValidatorCode; params?: Record<string, string | number> };
