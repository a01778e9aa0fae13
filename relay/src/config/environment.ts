/** The one read of the process environment (the import boundary allows it in config/ only). */
export function environment(): Record<string, string | undefined> {
  return { ...process.env };
}
