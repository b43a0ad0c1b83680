/** What a secret is replaced with wherever it would otherwise be shown. */
const REDACTED = '[redacted]';

/** `text` with every occurrence of each secret (an API key) replaced by `[redacted]`. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (secret.length > 0) result = result.replaceAll(secret, REDACTED);
  return result;
}
