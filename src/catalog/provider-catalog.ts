import type { Context } from '../context.js';
import { ErrorCode, UpstreamError, type PartitionRef } from '../errors.js';
import type { DiskImage, Region } from './disk-image.js';
import type { ImageFilter } from './image-filter.js';
import type { CatalogPartition, PartitionFailure } from './partitions.js';

/** Which partitions a search asks, and what it needed but could not ask. */
export interface Plan {
  /** Partitions to call, each once, in configured order. */
  partitions: CatalogPartition[];
  /**
   * What the search needed but cannot ask: providers whose discovery failed or that the filter
   * names (by provider, region or project) without a key, and regions or Gcore projects that
   * discovery does not list (one failure each, whatever it would have been crossed with).
   * Each counts once as requested and failed.
   */
  failed: PartitionFailure[];
}

/**
 * What the provider-neutral catalog (search, latest, families, equivalents) asks of one
 * provider. Everything the catalog does goes through this; each ProviderPlugin carries its own
 * (src/providers/plugin.ts), typed by its own image type: the catalog hands each provider only
 * images it listed (their `provider` names it).
 */
export interface ProviderCatalog<Image extends DiskImage = DiskImage> {
  /** Whether any of its images could match the filter: a provider that cannot is not asked. */
  canMatch(filter: ImageFilter): boolean;
  /** Whether the filter names this provider through its own terms (beyond `providers` and regions). */
  namedBy(filter: ImageFilter): boolean;
  /** The partitions to search, from discovery; `regions`: the codes the filter names, if any. */
  plan(context: Context, filter: ImageFilter, regions: string[] | undefined): Promise<Plan>;
  /** Filter fields that only this provider understands (Gcore `gcoreProjectIds`); absent: none. */
  matches?(image: Image, filter: ImageFilter): boolean;
  /** The partition's plain listing (the search applies the filter). */
  list(context: Context, partition: CatalogPartition, filter: ImageFilter): Promise<Image[]>;
  /** The region an image of this provider was listed in. */
  regionOf(context: Context, image: Image): Promise<Region>;
}

/** A region or project that discovery does not list: one failure, and no call. */
export function notListed(label: string, what: string, route: string, partition: PartitionRef): UpstreamError {
  return new UpstreamError(`${label} has no ${what}: ${route} does not list it, so it was not searched.`, {
    code: ErrorCode.UPSTREAM_NOT_FOUND,
    partition,
  });
}

export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
