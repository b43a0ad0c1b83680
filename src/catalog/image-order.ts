import type { DiskImage } from './disk-image.js';
import { compareVersions } from './version.js';
import { byNaturalText } from './natural-order.js';

export type OrderField = 'NAME' | 'DISTRIBUTION' | 'VERSION' | 'CREATED_AT' | 'PROVIDER' | 'REGION';
export type OrderDirection = 'ASC' | 'DESC';
export interface OrderTerm {
  field: OrderField;
  direction: OrderDirection;
}

export const DEFAULT_ORDER: OrderTerm[] = [
  { field: 'PROVIDER', direction: 'ASC' },
  { field: 'REGION', direction: 'ASC' },
  { field: 'NAME', direction: 'ASC' },
];

/**
 * Everything an ordering compares, detached from the image so a cursor can carry it: a page
 * boundary is then found by comparison (keyset), and stays put while data is unchanged even if
 * the cursor's own image disappears.
 */
export interface SortKey {
  provider: string;
  region: string;
  projectId: number;
  imageId: string;
  name: string;
  distribution: string | null;
  version: string | null;
  /** Epoch milliseconds. */
  createdAt: number | null;
}

// Images come from cached listings: each one's key is built once, not per request.
const sortKeys = new WeakMap<DiskImage, SortKey>();

export function sortKeyOf(image: DiskImage): SortKey {
  let key = sortKeys.get(image);
  if (!key) sortKeys.set(image, (key = buildSortKey(image)));
  return key;
}

function buildSortKey(image: DiskImage): SortKey {
  return {
    provider: image.provider,
    region: image.regionCode,
    projectId: image.projectId ?? 0,
    imageId: image.imageId,
    name: image.name,
    distribution: image.distribution,
    version: image.version,
    createdAt: image.createdAt?.getTime() ?? null,
  };
}

type FieldValue = string | number | null;

function valueOf(field: OrderField, key: SortKey): FieldValue {
  switch (field) {
    case 'NAME':
      return key.name;
    case 'PROVIDER':
      return key.provider;
    case 'REGION':
      return key.region;
    case 'DISTRIBUTION':
      return key.distribution;
    case 'VERSION':
      return key.version;
    case 'CREATED_AT':
      return key.createdAt;
  }
}

function compareValues(field: OrderField, a: string | number, b: string | number): number {
  if (field === 'VERSION') return compareVersions(String(a), String(b));
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return byNaturalText(String(a), String(b));
}

/** A total order: the requested terms, then provider, region, project and id to break ties. */
export function compareSortKeys(terms: OrderTerm[], a: SortKey, b: SortKey): number {
  for (const { field, direction } of terms) {
    const x = valueOf(field, a);
    const y = valueOf(field, b);
    if (x === null || y === null) {
      // Unknown values sort last in either direction: "newest first" never opens with unknowns.
      if (x === y) continue;
      return x === null ? 1 : -1;
    }
    const result = compareValues(field, x, y);
    if (result !== 0) return direction === 'ASC' ? result : -result;
  }
  return (
    byNaturalText(a.provider, b.provider) ||
    byNaturalText(a.region, b.region) ||
    a.projectId - b.projectId ||
    (a.imageId < b.imageId ? -1 : a.imageId > b.imageId ? 1 : 0)
  );
}

export function sortImages(images: DiskImage[], terms: OrderTerm[]): { image: DiskImage; key: SortKey }[] {
  return images.map((image) => ({ image, key: sortKeyOf(image) })).sort((x, y) => compareSortKeys(terms, x.key, y.key));
}

/** Identifies an ordering inside a cursor, so a cursor is not reused under another order. */
export function orderSignature(terms: OrderTerm[]): string {
  return terms.map(({ field, direction }) => `${field}:${direction}`).join(',');
}
