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

/**
 * The shortest run of a key's characters cut out of upstream bodies (data, not errors): long
 * enough that no real image id, name or number shares it by chance (16 hex characters collide
 * about once in 10^19 tries), where FRAGMENT_LENGTH in data would now and then cut a uuid.
 */
export const BODY_FRAGMENT_LENGTH = 16;

/**
 * For an upstream body's text, before it is parsed: every run of BODY_FRAGMENT_LENGTH
 * characters of a key (case ignored), and a key shorter than that whole, becomes `[redacted]`.
 * One regular expression, so a body costs one native scan. Keys are letters, digits, `_` and
 * `-`, which never span a JSON string's quotes, so the body stays JSON.
 */
export function bodyRedactor(keys: readonly (string | undefined)[]): Redactor {
  const runs = new Set<string>();
  for (const key of keys) {
    if (!key || key.length < FRAGMENT_LENGTH) continue;
    if (key.length <= BODY_FRAGMENT_LENGTH) runs.add(key.toLowerCase());
    else
      for (let start = 0; start + BODY_FRAGMENT_LENGTH <= key.length; start++)
        runs.add(key.slice(start, start + BODY_FRAGMENT_LENGTH).toLowerCase());
  }
  if (runs.size === 0) return (text) => text;
  const escaped = [...runs].map((run) => run.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A lookahead finds every start, overlapping ones too, so a key's tail past the last whole
  // run is covered by the run that ends there.
  const pattern = new RegExp(`(?=(${escaped.join('|')}))`, 'gi');
  return (text) => {
    let result = '';
    let copiedTo = 0;
    let cutTo = -1;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[1]!.length;
      if (start > cutTo) {
        result += text.slice(copiedTo, start) + REDACTED;
      }
      cutTo = Math.max(cutTo, end);
      copiedTo = cutTo;
    }
    return cutTo < 0 ? text : result + text.slice(copiedTo);
  };
}
