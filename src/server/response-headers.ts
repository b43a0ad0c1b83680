import type { FetchAPI } from 'graphql-yoga';

/**
 * A copy with lower-case names. The fetch ponyfill loses a mixed-case header ("Content-Type", as
 * Yoga writes it) from a copied Headers once the copy is changed; names re-added one by one keep.
 */
export function copyHeaders(source: Headers, fetchAPI: FetchAPI): Headers {
  const copy = new fetchAPI.Headers();
  source.forEach((value, name) => copy.append(name.toLowerCase(), value));
  return copy;
}

/** Adds a request header name to Vary unless it is there already. */
export function appendVary(headers: Headers, name: string): void {
  const present = (headers.get('vary') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (present.some((entry) => entry.toLowerCase() === name.toLowerCase() || entry === '*')) return;
  headers.set('vary', [...present, name].join(', '));
}
