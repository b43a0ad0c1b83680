/** What a secret is replaced with wherever it would otherwise be shown. */
export const REDACTED = '[redacted]';

/**
 * The shortest run of a key's characters that counts as a piece of it. An upstream that echoes
 * a key mangled (a few characters changed, cut short, split up) still shows long runs of it;
 * shorter runs would blank out ordinary words. No real Civo or Gcore key is shorter.
 */
export const FRAGMENT_LENGTH = 6;

export interface Secrets {
  /**
   * Cut out wherever any FRAGMENT_LENGTH of their characters appear in a row (API keys,
   * passwords); ones shorter than that are ignored.
   */
  keys?: readonly (string | undefined)[];
  /** Cut out only where they appear whole (a Redis URL: its `redis://` prefix is no secret). */
  whole?: readonly (string | undefined)[];
}

/** Text with every secret, and every fragment of a key, replaced by `[redacted]`. */
export type Redactor = (text: string) => string;

/**
 * Builds the redactor once per set of secrets: every FRAGMENT_LENGTH-character window of each
 * key goes into one set, so redacting a text costs one set lookup per character, however many
 * keys there are. Matching ignores case (an upstream may upper-case what it echoes).
 */
export function secretRedactor({ keys = [], whole = [] }: Secrets): Redactor {
  const windows = new Set<string>();
  const wholes: string[] = [];
  for (const key of keys) {
    // Shorter "keys" would blank out ordinary words; no real key is this short.
    if (!key || key.length < FRAGMENT_LENGTH) continue;
    const lower = key.toLowerCase();
    for (let start = 0; start + FRAGMENT_LENGTH <= lower.length; start++)
      windows.add(lower.slice(start, start + FRAGMENT_LENGTH));
  }
  for (const secret of whole) if (secret) wholes.push(secret.toLowerCase());
  if (windows.size === 0 && wholes.length === 0) return (text) => text;

  return (text) => {
    const folded = text.toLowerCase();
    // Case folding that changes a length (a few non-ASCII letters) would shift positions.
    const haystack = folded.length === text.length ? folded : text;
    const cut = new Uint8Array(text.length);
    let any = false;
    const mark = (start: number, end: number) => {
      cut.fill(1, start, end);
      any = true;
    };
    for (let start = 0; start + FRAGMENT_LENGTH <= haystack.length; start++)
      if (windows.has(haystack.slice(start, start + FRAGMENT_LENGTH))) mark(start, start + FRAGMENT_LENGTH);
    for (const secret of wholes)
      for (let at = haystack.indexOf(secret); at !== -1; at = haystack.indexOf(secret, at + 1))
        mark(at, at + secret.length);
    if (!any) return text;
    let result = '';
    for (let index = 0; index < text.length; index++) {
      if (!cut[index]) result += text[index];
      else if (index === 0 || !cut[index - 1]) result += REDACTED;
    }
    return result;
  };
}

/** `value` with every string in it (object keys included, at any depth) passed through `redact`. */
export function redactDeep(value: unknown, redact: Redactor): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), redactDeep(item, redact)]));
  return value;
}
