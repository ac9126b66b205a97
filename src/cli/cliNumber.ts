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
  const range =
    opts.min !== undefined && opts.max !== undefined
      ? ` between ${opts.min} and ${opts.max}`
      : opts.min !== undefined
        ? ` ≥ ${opts.min}`
        : opts.max !== undefined
          ? ` ≤ ${opts.max}`
          : '';
  const fail = (): never => {
    throw new Error(`${what} must be ${kind}${range}, got '${text}'`);
  };
  if (!Number.isFinite(v) || (opts.integer && !Number.isInteger(v))) fail();
  if (opts.positive && !(v > 0)) throw new Error(`${what} must be a positive number, got '${text}'`);
  if ((opts.min !== undefined && v < opts.min) || (opts.max !== undefined && v > opts.max)) fail();
  return v;
}
