/** A decimal number as people type it: 12, -3, 0.5, .5, 1e3. Not '1.2.3', '12abc', '' or 'Infinity'. */
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Parses a numeric command-line value strictly (Number() alone reads '' as 0 and parseFloat reads
 * '1.2.3' as 1.2): throws a user-facing Error naming the option when the text is not a number or is
 * out of range, so no option ever stores NaN.
 */
export function numberArg(
  text: string,
  what: string,
  opts: { min?: number; max?: number; integer?: boolean; positive?: boolean } = {},
): number {
  const v = NUMBER.test(text.trim()) ? Number(text) : NaN;
  const kind = opts.integer ? 'a whole number' : 'a number';
  if (!Number.isFinite(v) || (opts.integer && !Number.isInteger(v)))
    throw new Error(`${what} must be ${kind}, got '${text}'`);
  if (opts.positive && !(v > 0)) throw new Error(`${what} must be a positive number, got '${text}'`);
  if (opts.min !== undefined && v < opts.min) throw new Error(`${what} must be ≥ ${opts.min}, got '${text}'`);
  if (opts.max !== undefined && v > opts.max) throw new Error(`${what} must be ≤ ${opts.max}, got '${text}'`);
  return v;
}
