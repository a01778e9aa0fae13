/** A whole number from `min` to `max`; `fallback` when not given; undefined when it is not one. */
export function wholeNumberIn(
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number | undefined {
  const parsed = value === undefined ? fallback : Number(value);
  return Number.isInteger(parsed) && parsed >= min && parsed <= max ? parsed : undefined;
}
