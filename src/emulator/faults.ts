import { normaliseRoute, samePartition } from './partition.js';
import type { Fault, FaultRule, Partition, Provider } from './types.js';

/**
 * The fault model: rules added by tests or the admin route, matched against each API request
 * by partition or by route template. The first matching rule (in the order added) answers the
 * request; a rule with `times` counts down and disappears at zero, so "fail twice, then
 * recover" needs no clean-up.
 */
export class FaultBook {
  private rules: { rule: FaultRule; remaining: number }[] = [];

  add(rule: FaultRule): void {
    const problem = faultRuleProblem(rule);
    if (problem) throw new TypeError(`Invalid fault rule: ${problem}`);
    // A private copy: the caller may reuse or change its object without changing the rule.
    this.rules.push({ rule: structuredClone(rule), remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  /** Active rules, `times` showing what is left, for the admin listing. */
  list(): FaultRule[] {
    return this.rules.map(({ rule, remaining }) => {
      const { times: _times, ...rest } = structuredClone(rule);
      return Number.isFinite(remaining) ? { ...rest, times: remaining } : rest;
    });
  }

  /** The fault for this request, if any; consumes one use of the rule that matched. */
  take(request: { provider: Provider; route: string; partition?: Partition }): Fault | undefined {
    const index = this.rules.findIndex(({ rule }) => matches(rule, request));
    if (index < 0) return undefined;
    const entry = this.rules[index]!;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.rules.splice(index, 1);
    return entry.rule.fault;
  }
}

function matches(rule: FaultRule, request: { provider: Provider; route: string; partition?: Partition }): boolean {
  const { target } = rule;
  if (target.provider !== request.provider) return false;
  if ('route' in target) return normaliseRoute(target.route) === request.route;
  // Region-less routes (`GET /v2/regions`, `GET /cloud/v1/projects`) have no partition, so a
  // partition rule never breaks discovery: that takes a route rule.
  return request.partition !== undefined && samePartition(target, request.partition);
}

/**
 * Why a value is not a usable FaultRule, or undefined when it is. Rules also arrive as JSON
 * from the admin route, so everything is checked rather than trusted from the type.
 */
export function faultRuleProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'expected an object {target, fault, times?}';
  const problem = targetProblem(value.target) ?? faultProblem(value.fault);
  if (problem) return problem;
  if (value.times !== undefined && !(Number.isInteger(value.times) && (value.times as number) >= 1))
    return '"times" must be a positive integer';
  return undefined;
}

function targetProblem(target: unknown): string | undefined {
  if (!isObject(target)) return '"target" must be an object';
  if (target.provider !== 'civo' && target.provider !== 'gcore') return '"target.provider" must be "civo" or "gcore"';
  if ('route' in target) {
    return typeof target.route === 'string' && /^[A-Za-z]+ +\//.test(target.route.trim())
      ? undefined
      : '"target.route" must look like "GET /v2/regions"';
  }
  if (target.provider === 'civo') {
    return typeof target.region === 'string' && target.region.trim() !== ''
      ? undefined
      : 'a Civo target needs "region" (or "route")';
  }
  return Number.isInteger(target.projectId) && Number.isInteger(target.regionId)
    ? undefined
    : 'a Gcore target needs integer "projectId" and "regionId" (or "route")';
}

function faultProblem(fault: unknown): string | undefined {
  if (!isObject(fault)) return '"fault" must be an object';
  switch (fault.kind) {
    case 'hang':
    case 'malformed':
    case 'wrongShape':
    case 'drift':
      return undefined;
    case 'status': {
      const status = fault.status;
      if (!(typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 599)) {
        return '"fault.status" must be an HTTP error status (400-599)';
      }
      if (fault.retryAfter !== undefined && (typeof fault.retryAfter !== 'string' || fault.retryAfter.trim() === '')) {
        return '"fault.retryAfter" must be a non-empty string (seconds or an HTTP date)';
      }
      return undefined;
    }
    default:
      return '"fault.kind" must be "status", "hang", "malformed", "wrongShape" or "drift"';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A Retry-After value as milliseconds from now (seconds, fractional allowed, or an HTTP
 * date), for Gcore's extra `retry-after-ms` header; undefined when it is neither.
 */
export function retryAfterMilliseconds(retryAfter: string, now = Date.now()): number | undefined {
  const trimmed = retryAfter.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
