/** The current time as the manifest's builtAt records it: ISO 8601 in UTC, to the second. */
export function builtAtNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/u, 'Z');
}
