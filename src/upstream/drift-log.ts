import type { DriftProblem, DriftReporter } from './tolerant-read.js';

export interface DriftCount {
  provider: string;
  object: string;
  field: string;
  problem: DriftProblem;
  count: number;
}

/**
 * What upstream drift this process has seen: one warning per (provider, object, field,
 * problem) the first time, then only a counter, so a drifted catalog read every few minutes
 * does not flood the log. No value is ever logged: upstream values may carry anything.
 */
export interface DriftLog {
  reporterFor(provider: string): DriftReporter;
  counts(): DriftCount[];
}

/** `counted` hears every departure, logged or not (metrics). */
export function createDriftLog(
  warn: (message: string) => void,
  counted: (drift: Omit<DriftCount, 'count'>) => void = () => {},
): DriftLog {
  const seen = new Map<string, DriftCount>();
  return {
    reporterFor: (provider) => (object, field, problem) => {
      counted({ provider, object, field, problem });
      const key = `${provider}\u0000${object}\u0000${field}\u0000${problem}`;
      const entry = seen.get(key);
      if (entry) {
        entry.count += 1;
        return;
      }
      seen.set(key, { provider, object, field, problem, count: 1 });
      const what = field === '(item)' ? `an unreadable ${object} was skipped` : `${object}.${field}: ${problem}`;
      warn(`upstream drift (${provider}): ${what}; read on (logged once, counted after)`);
    },
    counts: () => [...seen.values()].map((entry) => ({ ...entry })),
  };
}
