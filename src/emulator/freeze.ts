/**
 * Freezes catalog data all the way down, so a test that mutates what it was handed fails
 * loudly instead of silently changing what the emulator serves to the next test.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
