import type { Plugin } from 'graphql-yoga';

/** Whether the service should get traffic: `/ready` answers from this alone, calling nothing. */
export interface Readiness {
  state(): { ready: boolean; status: 'starting' | 'ready' | 'draining'; reason: string };
  /** Discovery has succeeded once: ready from now on (until draining). */
  discovered(): void;
  /** Why the last discovery attempt failed (shown by `/ready` until one succeeds). */
  discoveryFailed(reason: string): void;
  /** Shutting down: not ready again, whatever discovery does. */
  drain(): void;
}

export function createReadiness(): Readiness {
  let discovered = false;
  let draining = false;
  let lastFailure: string | null = null;
  return {
    state() {
      if (draining) return { ready: false, status: 'draining', reason: 'shutting down' };
      if (discovered) return { ready: true, status: 'ready', reason: 'configuration loaded, discovery done' };
      return { ready: false, status: 'starting', reason: lastFailure ?? 'provider discovery has not finished yet' };
    },
    discovered: () => {
      discovered = true;
      lastFailure = null;
    },
    discoveryFailed: (reason) => {
      if (!discovered) lastFailure = `provider discovery failed: ${reason}`;
    },
    drain: () => {
      draining = true;
    },
  };
}

/** Yoga's own liveness check (an empty 200), answered before any plugin of ours. */
export const HEALTH_PATH = '/health';
export const READY_PATH = '/ready';
export const METRICS_PATH = '/metrics';

/**
 * `/ready` (the service should get traffic) and `/metrics` (Prometheus text), answered before
 * the other plugins run: no load shedding, no upstream call.
 */
export function useOperationalEndpoints(
  readiness: Readiness,
  metrics: () => Promise<{ contentType: string; text: string }>,
): Plugin {
  const noStore = { 'cache-control': 'no-store' };
  return {
    async onRequest({ url, request, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === READY_PATH) {
        const { ready, status, reason } = readiness.state();
        endResponse(Response.json({ status, reason }, { status: ready ? 200 : 503, headers: noStore }));
      } else if (url.pathname === METRICS_PATH) {
        const { contentType, text } = await metrics();
        endResponse(new Response(text, { headers: { 'content-type': contentType, ...noStore } }));
      }
    },
  };
}
