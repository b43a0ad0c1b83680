import type { z } from 'zod';

/**
 * Structural checks of upstream bodies. They catch a wrong server, a proxy page that parsed
 * as JSON or a changed API, so it surfaces as UPSTREAM_UNAVAILABLE for that partition instead
 * of a TypeError deep in a resolver.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What is wrong with `value` for `shape`, as `path: problem` of the first issue (e.g.
 * `results[3].os_distro: expected string, received null`), or undefined when it fits. zod's
 * messages name types and expected values, never the value received, so no upstream data
 * reaches an error through this.
 */
export function firstShapeIssue(shape: z.ZodType, value: unknown): string | undefined {
  const result = shape.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (!issue) return 'unexpected shape';
  const path = issue.path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`))
    .join('');
  const problem = issue.message.replace(/^Invalid input: /, '');
  return path ? `${path}: ${problem}` : problem;
}
