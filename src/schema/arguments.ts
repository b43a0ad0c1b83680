import { badUserInput } from '../errors.js';

/**
 * Checks of user-supplied arguments, done before any upstream call so that bad input costs
 * nothing and answers BAD_USER_INPUT naming the argument.
 */

/**
 * Native image ids are uuids at both providers (either case). Anything else cannot name an
 * image, so it is the client's mistake (a name, a global id, a typo), refused as BAD_USER_INPUT
 * rather than answered `null` like an image that is gone; the same goes for the native part
 * of a global id, which only a client could have garbled.
 */
const NATIVE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function nativeIdArgument(value: string, argument: string): string {
  if (!NATIVE_ID.test(value))
    throw badUserInput(`"${shorten(value)}" is not a valid image id (image ids are uuids).`, { argument });
  // A uuid is case-insensitive (RFC 9562); the clouds list theirs in lower case.
  return value.toLowerCase();
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
