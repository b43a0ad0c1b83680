import { badUserInput } from '../errors.js';

/**
 * Checks of user-supplied arguments, done before any upstream call so that bad input costs
 * nothing and answers BAD_USER_INPUT naming the argument.
 */

/** Native image ids are uuids upstream; anything path-like or huge is refused outright. */
const NATIVE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function nativeIdArgument(value: string, argument: string): string {
  if (!NATIVE_ID.test(value)) throw badUserInput(`"${shorten(value)}" is not a valid image id.`, { argument });
  return value;
}

export function positiveIntArgument(value: number, argument: string): number {
  if (!Number.isSafeInteger(value) || value < 1)
    throw badUserInput(`${argument} must be a positive integer, got ${value}.`, { argument });
  return value;
}

export function textArgument(value: string, argument: string, maxLength = 200): string {
  if (value.length > maxLength) throw badUserInput(`${argument} is longer than ${maxLength} characters.`, { argument });
  return value;
}

/** `value` cut to `max` characters (with `...`) for an error message: enough to recognise it. */
export function shorten(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max - 3)}...` : value;
}
