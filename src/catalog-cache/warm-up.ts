import { DEFAULT_STATUSES } from '../catalog/image-filter.js';
import { searchCatalog } from '../catalog/search.js';
import type { Context } from '../context.js';

export interface WarmUpReport {
  /** Partitions whose listings are now cached. */
  listed: number;
  /** Partitions (or whole providers) that could not be listed. */
  failed: number;
  durationMs: number;
}

/**
 * CATALOG_WARM_UP: lists every configured partition once (virtual machine and bare-metal
 * listings alike), so the first user pays neither discovery nor listings. Filters apply after
 * listing, so one search each covers everything.
 */
export async function warmUpCatalog(context: Context): Promise<WarmUpReport> {
  const started = performance.now();
  const searches = await Promise.all(
    [false, true].map((baremetal) => searchCatalog(context, { statuses: DEFAULT_STATUSES, baremetal })),
  );
  return {
    listed: searches.reduce((sum, { coverage }) => sum + coverage.answered, 0),
    failed: searches.reduce((sum, { coverage }) => sum + coverage.failed.length, 0),
    durationMs: Math.round(performance.now() - started),
  };
}
