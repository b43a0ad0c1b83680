import { normaliseRoute, samePartition } from './partition.js';
import type { Partition, Provider, RecordedRequest } from './types.js';

export interface RequestFilter {
  provider?: Provider;
  route?: string;
  partition?: Partition;
}

/**
 * Every API request the emulator received, in arrival order, plus how many were open at
 * once. Tests read it to assert call counts (one listing per partition) and parallelism.
 */
export class RequestLog {
  readonly requests: RecordedRequest[] = [];
  private open = 0;
  private peak = 0;

  /** Records a request on arrival; the caller sets `status` when it answers. */
  record(request: Omit<RecordedRequest, 'status'>): RecordedRequest {
    const entry: RecordedRequest = { ...request, status: 0 };
    this.requests.push(entry);
    return entry;
  }

  /** Marks a request in flight; the returned function ends it (safe to call twice). */
  begin(): () => void {
    this.open += 1;
    this.peak = Math.max(this.peak, this.open);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.open -= 1;
    };
  }

  count(filter: RequestFilter = {}): number {
    const route = filter.route === undefined ? undefined : normaliseRoute(filter.route);
    return this.requests.filter(
      (request) =>
        (filter.provider === undefined || request.provider === filter.provider) &&
        (route === undefined || request.route === route) &&
        (filter.partition === undefined ||
          (request.partition !== undefined && samePartition(request.partition, filter.partition))),
    ).length;
  }

  /** Most requests open at once since start or the last reset. */
  maxInFlight(): number {
    return this.peak;
  }

  inFlight(): number {
    return this.open;
  }

  /** Forgets the log; requests still open keep counting toward the new peak. */
  reset(): void {
    this.requests.length = 0;
    this.peak = this.open;
  }
}
