import type { Server as HttpServer } from 'node:http';

export interface StopReport {
  /** Requests that were still running when the stop began. */
  inFlight: number;
  /** Of those, how many the grace period cut off (their connections closed unanswered). */
  cut: number;
}

export interface GracefulStop {
  /** Requests being answered right now. */
  inFlight(): number;
  /**
   * Stops accepting connections, lets the requests already running finish for up to `graceMs`,
   * then closes every connection that is left. Resolves once the server holds no connection.
   */
  stop(graceMs: number): Promise<StopReport>;
}

/**
 * Counts the requests an HTTP server is answering, so a stop can wait for exactly those: a
 * SIGTERM during a deploy then costs no client its answer. Call it before the server listens.
 */
export function gracefulStop(server: HttpServer): GracefulStop {
  let running = 0;
  let stopping = false;
  let settle: (() => void) | undefined;

  server.on('request', (request, response) => {
    running += 1;
    // A keep-alive client must not send its next request down a connection we are about to close.
    if (stopping) response.setHeader('connection', 'close');
    response.once('close', () => {
      running -= 1;
      if (!stopping) return;
      server.closeIdleConnections();
      if (running === 0) settle?.();
    });
  });

  return {
    inFlight: () => running,
    async stop(graceMs) {
      const inFlight = running;
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Connections idle between requests hold no answer: close them now (server.close does so
      // on Node 19+; this keeps it explicit).
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const drained = new Promise<boolean>((resolve) => {
        settle = () => resolve(true);
        if (running === 0) resolve(true);
        timer = setTimeout(() => resolve(false), graceMs);
      });
      const inTime = await drained;
      clearTimeout(timer);
      const cut = inTime ? 0 : running;
      // Every answer has been handed to the kernel (or the grace is over): what is left is idle
      // keep-alive connections, or requests that had their chance.
      server.closeAllConnections();
      await closed;
      return { inFlight, cut };
    },
  };
}
