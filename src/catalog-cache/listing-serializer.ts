/**
 * JSON for Redis that keeps Dates (an image's `createdAt`): a listing read back from the shared
 * level is the same listing, so no per-request code has to revive anything.
 */
const DATE = '$date';

export const listingSerializer = {
  serialize(value: unknown): string {
    return JSON.stringify(value, function (this: Record<string, unknown>, key, plain: unknown) {
      // `plain` is already Date#toJSON's string; the holder still has the Date.
      const original = this[key];
      return original instanceof Date ? { [DATE]: original.getTime() } : plain;
    });
  },
  deserialize(text: unknown): unknown {
    if (typeof text !== 'string') return text;
    return JSON.parse(text, (_key, value: unknown) =>
      value !== null && typeof value === 'object' && DATE in value && Object.keys(value).length === 1
        ? new Date((value as Record<string, number>)[DATE]!)
        : value,
    );
  },
};
