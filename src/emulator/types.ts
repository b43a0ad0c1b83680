import type { IncomingHttpHeaders } from 'node:http';

/**
 * Types shared by the emulator's server and both providers' route modules. server.ts
 * re-exports the public ones; they live here so the provider modules need not import the
 * server (which imports them).
 */

export type Provider = 'civo' | 'gcore';

/** The unit a fault can break and a count can select: one Civo region, one Gcore project × region. */
export type Partition =
  { provider: 'civo'; region: string } | { provider: 'gcore'; projectId: number; regionId: number };

export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'hang' }
  /** A 200 whose JSON stops mid-document. */
  | { kind: 'malformed' }
  /** A 200 with valid JSON in the right wrapper whose objects break the contract. */
  | { kind: 'wrongShape' }
  /** A normal 200 whose objects drift as the real APIs' do: keys missing, retyped, unknown; unreadable items. */
  | { kind: 'drift' };

export type FaultTarget = Partition | { provider: Provider; route: string };

export interface FaultRule {
  target: FaultTarget;
  fault: Fault;
  /** Fail this many matching requests, then recover. Absent: forever. */
  times?: number;
}

export interface RecordedRequest {
  provider: Provider;
  method: string;
  /** Route template, e.g. `GET /v2/disk_images/:id`. */
  route: string;
  path: string;
  query: URLSearchParams;
  partition?: Partition;
  /** Status answered; 0 while unanswered, and for good when the request hung or was abandoned. */
  status: number;
}

/** What a provider module needs to know about one request. */
export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

/** A fully formed answer; the body is already serialised so a fault can cut it short. */
export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A request a provider recognised: what to record and match faults against, and how to
 * answer it when no fault intervenes. `respond` runs after the added latency.
 */
export interface RoutedRequest {
  route: string;
  partition?: Partition;
  respond(): ApiResponse;
}

export interface ProviderApi {
  provider: Provider;
  /** Whether this path belongs to the provider's API at all (its prefix). */
  owns(path: string): boolean;
  route(request: ApiRequest): RoutedRequest;
  /** The provider's own error answer for an injected status fault. */
  faultResponse(fault: Extract<Fault, { kind: 'status' }>): ApiResponse;
  /** For the `drift` fault: the parsed 200 body of `route` reworked as the real API drifts (pure). */
  drift(route: string, body: unknown, query: URLSearchParams): unknown;
}
