/**
 * Reading upstream bodies the way the official SDKs do: only what identifies an item is
 * required; every other field that is missing, null or of another type reads as null (numbers
 * sent as numeric strings read as numbers). Each departure from the contract is reported to a
 * DriftReporter (object and field, never a value), so operators see drift without losing data.
 */

/** The largest GraphQL `Int`. */
export const INT32_MAX = 2 ** 31 - 1;

/** Why a field did not read as the contract says. */
export type DriftProblem = 'missing' | 'wrong type' | 'unknown value' | 'unreadable item';

/** Told of every drift; the per-process log (drift-log.ts) keeps one line per kind. */
export type DriftReporter = (object: string, field: string, problem: DriftProblem) => void;

/** A body whose envelope (the list itself, a page's `results`) cannot be read: its partition fails. */
export class MalformedBodyError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'MalformedBodyError';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How often a field may be absent without it being drift. */
type Presence = 'documented' | 'optional';

/**
 * Field-by-field reader of one upstream object. `documented` fields are reported when missing;
 * `optional` ones (nullable or omitted in the contract) only when present with the wrong type.
 */
export class FieldReader {
  constructor(
    readonly record: Record<string, unknown>,
    private readonly objectName: string,
    private readonly report: DriftReporter,
  ) {}

  private absent(key: string, presence: Presence): null {
    if (presence === 'documented') this.report(this.objectName, key, 'missing');
    return null;
  }

  /** Reports `key` as of the wrong type (for fields read by hand); null. */
  mistyped(key: string): null {
    this.report(this.objectName, key, 'wrong type');
    return null;
  }

  string(key: string, presence: Presence = 'documented'): string | null {
    const value = this.record[key];
    if (value === undefined || value === null) return this.absent(key, presence);
    if (typeof value === 'string') return value;
    // A version sent as 22.04 is still readable; say so, since 22.10 would read as "22.1".
    if (typeof value === 'number' && Number.isFinite(value)) {
      this.mistyped(key);
      return String(value);
    }
    return this.mistyped(key);
  }

  number(key: string, presence: Presence = 'documented'): number | null {
    const value = this.record[key];
    if (value === undefined || value === null) return this.absent(key, presence);
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    // Numeric strings are read as numbers silently: several SDK versions declare them so.
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
    return this.mistyped(key);
  }

  /**
   * A whole number within `max` (GraphQL `Int` holds 2^31 - 1, `SafeInt` 2^53 - 1): a fraction
   * or a number past what the field can carry is drift, read as null, never a field error.
   */
  integer(key: string, presence: Presence = 'documented', max = INT32_MAX): number | null {
    const value = this.number(key, presence);
    if (value === null) return null;
    if (Number.isSafeInteger(value) && Math.abs(value) <= max) return value;
    return this.mistyped(key);
  }

  boolean(key: string, presence: Presence = 'documented'): boolean | null {
    const value = this.record[key];
    if (value === undefined || value === null) return this.absent(key, presence);
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    return this.mistyped(key);
  }

  /** A string that must be one of `known`; others are kept raw but reported. */
  enumString(key: string, known: readonly string[], presence: Presence = 'documented'): string | null {
    const value = this.string(key, presence);
    if (value !== null && !known.includes(value.toLowerCase()) && !known.includes(value)) {
      this.report(this.objectName, key, 'unknown value');
    }
    return value;
  }

  /** A nested object, or null (reported as for any field). */
  object(key: string, presence: Presence = 'documented'): FieldReader | null {
    const value = this.record[key];
    if (value === undefined || value === null) return this.absent(key, presence);
    if (!isRecord(value)) return this.mistyped(key);
    return new FieldReader(value, `${this.objectName}.${key}`, this.report);
  }
}

/**
 * Reads each element of a list with `readItem`; an element that is not an object, or that
 * `readItem` cannot identify (it returns null), is skipped and reported, and the rest is kept.
 * A list of which nothing at all can be read is a broken contract, not drift: it fails (a
 * silently empty partition would look like a catalog with no images).
 */
export function readItems<T>(
  values: readonly unknown[],
  object: string,
  report: DriftReporter,
  readItem: (reader: FieldReader) => T | null,
  /** What identifies an item, for the message when none can be read (`id and name`). */
  identifiedBy: string,
): T[] {
  const items: T[] = [];
  for (const value of values) {
    const item = isRecord(value) ? readItem(new FieldReader(value, object, report)) : null;
    if (item === null) report(object, '(item)', 'unreadable item');
    else items.push(item);
  }
  if (values.length > 0 && items.length === 0) {
    throw new MalformedBodyError(`none of the ${values.length} ${object} entries has a readable ${identifiedBy}`);
  }
  return items;
}

/** One object (a detail GET's body): readable, or the call fails as malformed. */
export function readOne<T>(
  body: unknown,
  object: string,
  report: DriftReporter,
  readItem: (reader: FieldReader) => T | null,
  identifiedBy: string,
): T {
  const item = isRecord(body) ? readItem(new FieldReader(body, object, report)) : null;
  if (item === null) throw new MalformedBodyError(`the ${object} has no readable ${identifiedBy}`);
  return item;
}

/** The identifying string of an item (`id`, `name`, `code`): non-empty, else the item is unreadable. */
export function essentialString(reader: FieldReader, key: string): string | null {
  const value = reader.record[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** An image's identity in both APIs: a non-empty `id` and `name`, else null (unreadable). */
export function essentialIdAndName(reader: FieldReader): { id: string; name: string } | null {
  const id = essentialString(reader, 'id');
  const name = essentialString(reader, 'name');
  return id === null || name === null ? null : { id, name };
}

/** The identifying integer of an item (a Gcore `id`), numeric strings included. */
export function essentialInteger(reader: FieldReader, key: string): number | null {
  const value = reader.record[key];
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  // Gcore ids are GraphQL `Int`s: one past that could not be answered, so it cannot identify.
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 && number <= INT32_MAX
    ? number
    : null;
}
