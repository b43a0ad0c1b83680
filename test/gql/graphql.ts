/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** CPU architecture an image boots on. */
export type Architecture =
  /** 64-bit ARM (Gcore `aarch64`). */
  | 'ARM64'
  /** 64-bit x86 (Gcore `x86_64`; every Civo image). */
  | 'X86_64';

/** A cloud whose image catalog this API serves. */
export type CloudProvider =
  /** Civo (API v2). */
  | 'CIVO'
  /** Gcore Cloud (API v1). */
  | 'GCORE';

/** An exact tag match for `gcoreImages(tagKeyValues:)`. */
export type GcoreTagFilter = {
  /** Tag key. */
  key: string;
  /** Tag value. */
  value: string;
};

/** Which images a cross-cloud search returns. Every field narrows the result; lists match any of their values (an empty list is refused: leave the field out for its default). Every filter is applied here, to each partition’s plain listing. */
export type ImageFilter = {
  /** Only these architectures. */
  architectures?: Array<Architecture> | null | undefined;
  /** true: only bare-metal images (Gcore `bmimages`, a separate listing, asked only in regions with bare metal). Default: virtual-machine images. */
  baremetal?: boolean | null | undefined;
  /** Only these distributions, any case (`ubuntu`, `debian`). */
  distributions?: Array<string> | null | undefined;
  /** Only these Gcore projects. Default: GCORE_PROJECT_IDS, else every project. A project Gcore does not list (GET /cloud/v1/projects) fails once as UPSTREAM_NOT_FOUND, without a call. */
  gcoreProjectIds?: Array<number> | null | undefined;
  /** true: only GPU images (a GPU driver, CUDA, NVIDIA); false: only images without. */
  gpu?: boolean | null | undefined;
  /** With the default statuses, also return DEPRECATED images. Ignored when statuses is given. */
  includeDeprecated?: boolean | null | undefined;
  /** The instance’s boot disk in GiB: only images whose minimum disk it satisfies (images stating none pass). */
  minDiskGb?: number | null | undefined;
  /** The instance’s memory in MB: only images whose minimum RAM it satisfies (images stating none pass). */
  minRamMb?: number | null | undefined;
  /** Case-insensitive substring of the image name (plain text, not a pattern). */
  nameContains?: string | null | undefined;
  /** Only these OS families. */
  osTypes?: Array<OsType> | null | undefined;
  /** Only these regions, each by provider and code (`{provider: CIVO, code: "LON1"}`); with `regions` too, either may match. A region the provider does not list fails once as UPSTREAM_NOT_FOUND, without a call. */
  providerRegions?: Array<ProviderRegionInput> | null | undefined;
  /** Only these clouds. Naming an unconfigured one (here, or through regions or gcoreProjectIds) reports it as failed with PROVIDER_NOT_CONFIGURED. */
  providers?: Array<CloudProvider> | null | undefined;
  /**
   * Only these regions, by plain code (Civo `LON1`, any case; Gcore `76`): a code only one provider could spell names its region; one that several could is refused (use `providerRegions`). One region named twice (`lon1`, `LON1`) is searched once. A region the provider does not list fails once as UPSTREAM_NOT_FOUND (for every Gcore project at once), without a call.
   * @deprecated A plain code can name a region of several clouds: use `providerRegions`.
   */
  regions?: Array<string> | null | undefined;
  /** Only these statuses. Default (leave it out): AVAILABLE only (with includeDeprecated: AVAILABLE and DEPRECATED). */
  statuses?: Array<ImageStatus> | null | undefined;
  /** Only versions starting with one of these on a segment boundary: `22` matches `22.04` and `22.04-cuda12-2`, not `220`. A prefix that ends in a separator already marks the boundary: `22.` matches `22.04`, `22.04-` matches `22.04-cuda12-2`. */
  versionPrefixes?: Array<string> | null | undefined;
  /** Only these exact versions (`22.04`). */
  versions?: Array<string> | null | undefined;
  /** Only these visibilities. Default (leave it out): all for images; PUBLIC for latestImage and imageFamilies, so a custom look-alike never wins. */
  visibility?: Array<ImageVisibility> | null | undefined;
};

/** One sort key. Several apply in order; ties always end in provider, region and id, so the order is total and cursors are stable. */
export type ImageOrder = {
  /** Direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: ImageOrderField;
};

/** What to sort images by. */
export type ImageOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Distribution name. */
  | 'DISTRIBUTION'
  /** Image name, natural order (`debian-9` before `debian-10`). */
  | 'NAME'
  /** Cloud provider. */
  | 'PROVIDER'
  /** Region code. */
  | 'REGION'
  /** Version-aware: 9 < 10, 20.04 < 22.04, 24.04 < 24.04.1, `22.04` < `22.04-cuda12-2`. */
  | 'VERSION';

/** Lifecycle status, normalised from Civo `state` and Gcore `status` (the raw value is `providerStatus`). */
export type ImageStatus =
  /** Ready to boot (Civo `available`, Gcore `active`). */
  | 'AVAILABLE'
  /** Deleted or being deleted (Gcore `deleted`, `pending_delete`). */
  | 'DELETED'
  /** Retired but still present (Gcore `deactivated`). */
  | 'DEPRECATED'
  /** Failed (Civo `error`, `upload_expired`; Gcore `killed`). */
  | 'ERROR'
  /** Being uploaded or processed (Civo `upload_pending`, `upload_completed`, `pending`; Gcore `queued`, `saving`). */
  | 'PENDING'
  /** A status this API does not know yet; see `providerStatus`. */
  | 'UNKNOWN';

/** Who an image belongs to, in the provider’s own terms. */
export type ImageVisibility =
  /** A Civo custom image uploaded by the account. */
  | 'CUSTOM'
  /** A Gcore image owned by the project. */
  | 'PRIVATE'
  /** An official image of the provider, offered to every account. */
  | 'PUBLIC'
  /** A Gcore image another project shared with this one. */
  | 'SHARED';

/** What "latest" means. */
export type LatestStrategy =
  /** Newest creation time among the preferred builds (see latestImage); unknown times last; ties go to the highest version. */
  | 'CREATED_AT'
  /** Highest version (version-aware) among the preferred builds (see latestImage); ties go to the newest creation time. */
  | 'VERSION';

/** Sort direction. Unknown values (no version, no creation time) come last either way. */
export type OrderDirection =
  /** Smallest / oldest first. */
  | 'ASC'
  /** Largest / newest first. */
  | 'DESC';

/** Operating-system family of an image. */
export type OsType =
  /** Linux and other Unix-like systems. */
  | 'LINUX'
  /** Microsoft Windows. */
  | 'WINDOWS';

/** A region named by its provider and that provider’s code for it: never ambiguous between clouds. */
export type ProviderRegionInput = {
  /** The region’s `code` as this API answers it: Civo `LON1` (any case), Gcore `76`. */
  code: string;
  /** The cloud. */
  provider: CloudProvider;
};

type ImageCard_CivoDiskImage_Fragment = { id: string, name: string, distribution: string | null, provider: CloudProvider, region:
    | { id: string, code: string }
    | { id: string, code: string }
   };

type ImageCard_GcoreImage_Fragment = { id: string, name: string, distribution: string | null, provider: CloudProvider, region:
    | { id: string, code: string }
    | { id: string, code: string }
   };

export type ImageCardFragment =
  | ImageCard_CivoDiskImage_Fragment
  | ImageCard_GcoreImage_Fragment
;

export type ImagesForCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImagesForCardsQuery = { civoDiskImages: Array<{ label: string | null, id: string, name: string, distribution: string | null, provider: CloudProvider, region:
      | { id: string, code: string }
      | { id: string, code: string }
     }> | null, gcoreImages: Array<{ visibility: ImageVisibility, id: string, name: string, distribution: string | null, provider: CloudProvider, region:
      | { id: string, code: string }
      | { id: string, code: string }
     }> | null };

export type CancellableSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type CancellableSearchQuery = { images: { totalCount: number } | null };

export type CivoRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CivoRegionsQuery = { civoRegions: Array<{ id: string, code: string, name: string, country: string | null, countryName: string | null, isDefault: boolean, outOfCapacity: boolean | null, features: { gpu: boolean | null, kubernetes: boolean | null } | null }> | null };

export type CivoImagesQueryVariables = Exact<{
  region?: string | null | undefined;
  custom?: boolean | null | undefined;
}>;


export type CivoImagesQuery = { civoDiskImages: Array<{ state: string | null, label: string | null, initialUser: string | null, os: string | null, distributionDefault: boolean | null, diskImageSizeBytes: number | null, createdBy: string | null, rawCreatedAt: string | null, regionCode: string, id: string, imageId: string, name: string, distribution: string | null, version: string | null, status: ImageStatus, providerStatus: string | null, description: string | null, sizeBytes: number | null, createdAt: string | null, architecture: Architecture | null, osType: OsType | null, visibility: ImageVisibility, region:
      | { code: string, name: string }
      | { code: string, name: string }
     }> | null };

export type CivoImageQueryVariables = Exact<{
  region: string;
  id: string | number;
}>;


export type CivoImageQuery = { civoDiskImage: { regionCode: string, id: string, imageId: string, name: string } | null };

export type CivoBatchQueryVariables = Exact<{
  region: string;
  a: string | number;
  b: string | number;
}>;


export type CivoBatchQuery = { list: Array<{ imageId: string }> | null, a: { imageId: string } | null, b: { imageId: string } | null };

export type FrontendImageByNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type FrontendImageByNodeQuery = { node:
    | { name: string, provider: CloudProvider, id: string, region:
        | { countryName: string | null, code: string }
        | { code: string }
       }
    | { id: string }
    | { name: string, provider: CloudProvider, id: string, region:
        | { countryName: string | null, code: string }
        | { code: string }
       }
    | { id: string }
    | { id: string }
   | null };

export type FrontendImagePageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type FrontendImagePageQuery = { images: { totalCount: number, edges: Array<{ cursor: string, node:
        | { id: string, name: string }
        | { id: string, name: string }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type FrontendDeferredEquivalentsQueryVariables = Exact<{ [key: string]: never; }>;


export type FrontendDeferredEquivalentsQuery = { images: { edges: Array<{ node:
        | { id: string, name: string }
        | { id: string, name: string }
       }> } | null };

export type GcoreDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type GcoreDirectoryQuery = { gcoreProjects: Array<{ id: string, projectId: number, name: string | null, isDefault: boolean, description: string | null }> | null, gcoreRegions: Array<{ id: string, code: string, regionId: number, name: string, state: string | null, zone: string | null, hasBaremetal: boolean | null, coordinates: { latitude: number, longitude: number } | null }> | null };

export type GcoreImagesQueryVariables = Exact<{
  projectId?: number | null | undefined;
  regionId: number;
  name?: string | null | undefined;
  osDistro?: string | null | undefined;
  osVersion?: string | null | undefined;
  architecture?: Architecture | null | undefined;
  visibility?: ImageVisibility | null | undefined;
  tagKeys?: Array<string> | string | null | undefined;
  tagKeyValues?: Array<GcoreTagFilter> | GcoreTagFilter | null | undefined;
  baremetal?: boolean | null | undefined;
}>;


export type GcoreImagesQuery = { gcoreImages: Array<{ projectId: number, regionId: number, regionName: string | null, minDisk: number | null, minRam: number | null, diskFormat: string | null, osDistro: string | null, rawArchitecture: string | null, size: number | null, isBaremetal: boolean, updatedAt: string | null, id: string, imageId: string, name: string, distribution: string | null, version: string | null, architecture: Architecture | null, osType: OsType | null, status: ImageStatus, sizeBytes: number | null, createdAt: string | null, visibility: ImageVisibility, tags: Array<{ key: string, value: string | null, readOnly: boolean | null }>, region:
      | { code: string, name: string }
      | { code: string, name: string }
     }> | null };

export type GcoreImagesWithPriceQueryVariables = Exact<{
  regionId: number;
}>;


export type GcoreImagesWithPriceQuery = { gcoreImages: Array<{ imageId: string, price: { currencyCode: string | null, pricePerHour: number | null, pricePerMonth: number | null, status: string | null } | null }> | null };

export type GcoreImageByIdQueryVariables = Exact<{
  projectId?: number | null | undefined;
  regionId: number;
  a: string | number;
  b: string | number;
}>;


export type GcoreImageByIdQuery = { list: Array<{ imageId: string }> | null, a: { imageId: string, name: string } | null, b: { imageId: string, name: string } | null };

export type RawFieldsQueryVariables = Exact<{
  regionId: number;
}>;


export type RawFieldsQuery = { gcoreImages: Array<{ imageId: string, visibility: ImageVisibility, rawVisibility: string | null }> | null, civoRegions: Array<{ code: string, rawCode: string }> | null, civoDiskImages: Array<{ distribution: string | null, rawDistribution: string | null }> | null };

export type LatestQueryVariables = Exact<{
  filter?: ImageFilter | null | undefined;
  strategy?: LatestStrategy | null | undefined;
}>;


export type LatestQuery = { latestImage: { strategy: LatestStrategy, candidateCount: number, tiedCount: number, reason: string, image:
      | { imageId: string, provider: CloudProvider, name: string, version: string | null, visibility: ImageVisibility, createdAt: string | null }
      | { imageId: string, provider: CloudProvider, name: string, version: string | null, visibility: ImageVisibility, createdAt: string | null }
     | null, runnerUp:
      | { imageId: string, version: string | null }
      | { imageId: string, version: string | null }
     | null, coverage: { requested: number, answered: number } } | null };

export type LatestBuildQueryVariables = Exact<{
  filter?: ImageFilter | null | undefined;
  strategy?: LatestStrategy | null | undefined;
}>;


export type LatestBuildQuery = { latestImage: { candidateCount: number, reason: string, image:
      | { provider: CloudProvider, name: string, version: string | null, architecture: Architecture | null, gpu: boolean, createdAt: string | null }
      | { provider: CloudProvider, name: string, version: string | null, architecture: Architecture | null, gpu: boolean, createdAt: string | null }
     | null } | null };

export type FamiliesQueryVariables = Exact<{
  filter?: ImageFilter | null | undefined;
}>;


export type FamiliesQuery = { imageFamilies: { families: Array<{ key: string, distribution: string, version: string | null, architecture: Architecture | null, providers: Array<CloudProvider>, locationCount: number, locations: Array<{ provider: CloudProvider, gcoreProjectId: number | null, region:
          | { code: string }
          | { code: string }
        , image:
          | { imageId: string, name: string, visibility: ImageVisibility, gpu: boolean }
          | { imageId: string, name: string, visibility: ImageVisibility, gpu: boolean }
        , alternatives: Array<
          | { imageId: string, name: string, visibility: ImageVisibility, gpu: boolean }
          | { imageId: string, name: string, visibility: ImageVisibility, gpu: boolean }
        > }> }>, coverage: { complete: boolean } } | null };

export type EquivalentsQueryVariables = Exact<{
  filter?: ImageFilter | null | undefined;
}>;


export type EquivalentsQuery = { images: { edges: Array<{ node:
        | { imageId: string, version: string | null, region:
            | { code: string }
            | { code: string }
          , equivalents: Array<
            | { imageId: string, provider: CloudProvider, distribution: string | null, version: string | null, architecture: Architecture | null, region:
                | { code: string }
                | { code: string }
               }
            | { imageId: string, provider: CloudProvider, distribution: string | null, version: string | null, architecture: Architecture | null, region:
                | { code: string }
                | { code: string }
               }
          > | null }
        | { imageId: string, version: string | null, region:
            | { code: string }
            | { code: string }
          , equivalents: Array<
            | { imageId: string, provider: CloudProvider, distribution: string | null, version: string | null, architecture: Architecture | null, region:
                | { code: string }
                | { code: string }
               }
            | { imageId: string, provider: CloudProvider, distribution: string | null, version: string | null, architecture: Architecture | null, region:
                | { code: string }
                | { code: string }
               }
          > | null }
       }> } | null };

export type NodesBesideRegionsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesBesideRegionsQuery = { civoRegions: Array<{ code: string }> | null, nodes: Array<
    | { __typename: 'CivoDiskImage', id: string }
    | { __typename: 'CivoRegion', id: string }
    | { __typename: 'GcoreImage', id: string }
    | { __typename: 'GcoreProject', id: string }
    | { __typename: 'GcoreRegion', id: string }
   | null> | null };

export type NodeBesideRegionsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeBesideRegionsQuery = { civoRegions: Array<{ code: string }> | null, node:
    | { __typename: 'CivoDiskImage', id: string }
    | { __typename: 'CivoRegion', id: string }
    | { __typename: 'GcoreImage', id: string }
    | { __typename: 'GcoreProject', id: string }
    | { __typename: 'GcoreRegion', id: string }
   | null };

export type RegionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionIdsQuery = { civoRegions: Array<{ id: string, code: string }> | null };

export type LookupNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type LookupNodesQuery = { nodes: Array<
    | { __typename: 'CivoDiskImage', imageId: string, id: string }
    | { __typename: 'CivoRegion', id: string }
    | { __typename: 'GcoreImage', imageId: string, id: string }
    | { __typename: 'GcoreProject', id: string }
    | { __typename: 'GcoreRegion', id: string }
   | null> | null };

export type LookupNodeAndNodesQueryVariables = Exact<{
  id: string | number;
  ids: Array<string | number> | string | number;
}>;


export type LookupNodeAndNodesQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> | null };

export type SingleImagesPastCapQueryVariables = Exact<{
  lon: string | number;
  fra: string | number;
  nyc: string | number;
  phxNode: string | number;
  gcoreProject: number;
  gcoreRegion: number;
  gcoreImage: string | number;
}>;


export type SingleImagesPastCapQuery = { lon: { imageId: string } | null, fra: { imageId: string } | null, nyc: { imageId: string } | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, gcoreImage: { imageId: string } | null, gcoreImages: Array<{ imageId: string }> | null };

export type NativeLookupsQueryVariables = Exact<{
  civoId: string | number;
  gcoreRegion: number;
  gcoreId: string | number;
}>;


export type NativeLookupsQuery = { civoDiskImage: { imageId: string } | null, gcoreImage: { imageId: string } | null };

export type IdsQueryVariables = Exact<{
  civoRegion: string;
  gcoreRegion: number;
}>;


export type IdsQuery = { civoDiskImages: Array<{ id: string, imageId: string }> | null, gcoreImages: Array<{ id: string, imageId: string }> | null, civoRegions: Array<{ id: string, code: string }> | null, gcoreProjects: Array<{ id: string, projectId: number }> | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'CivoDiskImage', imageId: string, provider: CloudProvider, id: string }
    | { __typename: 'CivoRegion', code: string, id: string }
    | { __typename: 'GcoreImage', imageId: string, provider: CloudProvider, id: string }
    | { __typename: 'GcoreProject', projectId: number, id: string }
    | { __typename: 'GcoreRegion', code: string, id: string }
   | null> | null };

export type OneNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type OneNodeQuery = { node:
    | { name: string, id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
   | null };

export type GcoreRowsQueryVariables = Exact<{
  filter?: ImageFilter | null | undefined;
}>;


export type GcoreRowsQuery = { images: { totalCount: number, edges: Array<{ node:
        | { id: string, imageId: string, name: string, visibility: ImageVisibility, region:
            | { code: string }
            | { code: string }
           }
        | { projectId: number, id: string, imageId: string, name: string, visibility: ImageVisibility, region:
            | { code: string }
            | { code: string }
           }
       }>, facets: { providers: Array<{ value: string | null, count: number }>, regions: Array<{ value: string | null, count: number }> }, coverage: { requested: number, answered: number } } | null };

export type FamilyPlacesQueryVariables = Exact<{
  filter?: ImageFilter | null | undefined;
}>;


export type FamilyPlacesQuery = { imageFamilies: { families: Array<{ key: string, locationCount: number, locations: Array<{ provider: CloudProvider, gcoreProjectId: number | null, region:
          | { code: string }
          | { code: string }
        , image:
          | { imageId: string, visibility: ImageVisibility }
          | { imageId: string, visibility: ImageVisibility }
        , alternatives: Array<
          | { imageId: string, name: string }
          | { imageId: string, name: string }
        > }> }> } | null };

export type EquivalentPlacesQueryVariables = Exact<{
  filter?: ImageFilter | null | undefined;
}>;


export type EquivalentPlacesQuery = { images: { edges: Array<{ node:
        | { imageId: string, name: string, visibility: ImageVisibility, region:
            | { code: string }
            | { code: string }
          , equivalents: Array<
            | { imageId: string, provider: CloudProvider, region:
                | { code: string }
                | { code: string }
               }
            | { imageId: string, provider: CloudProvider, region:
                | { code: string }
                | { code: string }
               }
          > | null }
        | { projectId: number, imageId: string, name: string, visibility: ImageVisibility, region:
            | { code: string }
            | { code: string }
          , equivalents: Array<
            | { imageId: string, provider: CloudProvider, region:
                | { code: string }
                | { code: string }
               }
            | { imageId: string, provider: CloudProvider, region:
                | { code: string }
                | { code: string }
               }
          > | null }
       }> } | null };

export type PublicImageInTwoProjectsQueryVariables = Exact<{
  regionId: number;
  first: number;
  second: number;
}>;


export type PublicImageInTwoProjectsQuery = { first: Array<{ id: string, imageId: string }> | null, second: Array<{ id: string, imageId: string }> | null, own: Array<{ id: string, imageId: string }> | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { id: string }
    | { id: string }
    | { imageId: string, projectId: number, id: string }
    | { id: string }
    | { id: string }
   | null };

export type PartialSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type PartialSearchQuery = { images: { totalCount: number, edges: Array<{ node:
        | { provider: CloudProvider, region:
            | { code: string }
            | { code: string }
           }
        | { provider: CloudProvider, region:
            | { code: string }
            | { code: string }
           }
       }>, coverage: { requested: number, answered: number, complete: boolean, failed: Array<{ provider: CloudProvider, region: string | null, projectId: number | null, code: string, retryable: boolean, retryAfterSeconds: number | null }> } } | null };

export type PartialEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type PartialEverythingQuery = { images: { totalCount: number, coverage: { answered: number } } | null, latestImage: { image:
      | { imageId: string }
      | { imageId: string }
     | null, coverage: { answered: number } } | null, imageFamilies: { coverage: { answered: number } } | null };

export type PartialTwoSearchesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartialTwoSearchesQuery = { a: { totalCount: number, coverage: { failed: Array<{ region: string | null }> } } | null, b: { coverage: { failed: Array<{ region: string | null }> }, edges: Array<{ node:
        | { imageId: string, equivalents: Array<
            | { imageId: string }
            | { imageId: string }
          > | null }
        | { imageId: string, equivalents: Array<
            | { imageId: string }
            | { imageId: string }
          > | null }
       }> } | null };

export type TrustedSearchQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TrustedSearchQuery = { images: { totalCount: number, edges: Array<{ node:
        | { id: string, name: string }
        | { id: string, name: string }
       }> } | null };

export type SearchQueryVariables = Exact<{
  filter?: ImageFilter | null | undefined;
  orderBy?: Array<ImageOrder> | ImageOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type SearchQuery = { images: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { id: string, imageId: string, provider: CloudProvider, name: string, distribution: string | null, version: string | null, architecture: Architecture | null, status: ImageStatus, visibility: ImageVisibility, createdAt: string | null, region:
            | { code: string }
            | { code: string }
           }
        | { id: string, imageId: string, provider: CloudProvider, name: string, distribution: string | null, version: string | null, architecture: Architecture | null, status: ImageStatus, visibility: ImageVisibility, createdAt: string | null, region:
            | { code: string }
            | { code: string }
           }
       }>, coverage: { requested: number, answered: number, complete: boolean, failed: Array<{ provider: CloudProvider, region: string | null, projectId: number | null, code: string }> }, facets: { distributions: Array<{ value: string | null, count: number }>, versions: Array<{ value: string | null, count: number }>, architectures: Array<{ value: string | null, count: number }>, osTypes: Array<{ value: string | null, count: number }>, providers: Array<{ value: string | null, count: number }>, regions: Array<{ value: string | null, count: number }>, providerRegions: Array<{ provider: CloudProvider, code: string, count: number }> } } | null };

export type GcoreFilteredAndByIdQueryVariables = Exact<{
  regionId: number;
  imageId: string | number;
}>;


export type GcoreFilteredAndByIdQuery = { gcoreImages: Array<{ imageId: string, osDistro: string | null }> | null, gcoreImage: { imageId: string, name: string } | null };

export type GcoreFilteredOnlyQueryVariables = Exact<{
  regionId: number;
}>;


export type GcoreFilteredOnlyQuery = { gcoreImages: Array<{ imageId: string }> | null };

export type CivoCustomAndByIdQueryVariables = Exact<{
  region: string;
  id: string | number;
}>;


export type CivoCustomAndByIdQuery = { civoDiskImages: Array<{ imageId: string, createdBy: string | null }> | null, civoDiskImage: { imageId: string, name: string } | null };

export type PageWithEquivalentsQueryVariables = Exact<{
  filter?: ImageFilter | null | undefined;
}>;


export type PageWithEquivalentsQuery = { images: { totalCount: number, edges: Array<{ node:
        | { imageId: string, equivalents: Array<
            | { imageId: string, provider: CloudProvider, region:
                | { code: string }
                | { code: string }
               }
            | { imageId: string, provider: CloudProvider, region:
                | { code: string }
                | { code: string }
               }
          > | null }
        | { imageId: string, equivalents: Array<
            | { imageId: string, provider: CloudProvider, region:
                | { code: string }
                | { code: string }
               }
            | { imageId: string, provider: CloudProvider, region:
                | { code: string }
                | { code: string }
               }
          > | null }
       }> } | null };

export type PageWithoutEquivalentsQueryVariables = Exact<{
  filter?: ImageFilter | null | undefined;
}>;


export type PageWithoutEquivalentsQuery = { images: { totalCount: number, edges: Array<{ node:
        | { imageId: string }
        | { imageId: string }
       }> } | null };

export type SearchLatestFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchLatestFamiliesQuery = { images: { totalCount: number } | null, latestImage: { candidateCount: number, image:
      | { imageId: string }
      | { imageId: string }
     | null } | null, imageFamilies: { families: Array<{ key: string }> } | null };

export type BareMetalIdsQueryVariables = Exact<{
  filter?: ImageFilter | null | undefined;
}>;


export type BareMetalIdsQuery = { images: { edges: Array<{ node:
        | { id: string, imageId: string }
        | { id: string, imageId: string }
       }> } | null };

export type NodesByIdQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { imageId: string, isBaremetal: boolean, id: string }
    | { id: string }
    | { id: string }
   | null> | null };

export type NamedSearchQueryVariables = Exact<{
  filter?: ImageFilter | null | undefined;
}>;


export type NamedSearchQuery = { images: { totalCount: number, edges: Array<{ node:
        | { provider: CloudProvider, region:
            | { code: string }
            | { code: string }
           }
        | { provider: CloudProvider, region:
            | { code: string }
            | { code: string }
           }
       }>, coverage: { requested: number, answered: number, complete: boolean, failed: Array<{ provider: CloudProvider, region: string | null, projectId: number | null, code: string }> } } | null };

export type CivoOnlyQueryVariables = Exact<{
  region?: string | null | undefined;
}>;


export type CivoOnlyQuery = { civoDiskImages: Array<{ imageId: string }> | null };

export type GcoreOnlyQueryVariables = Exact<{
  regionId: number;
}>;


export type GcoreOnlyQuery = { gcoreImages: Array<{ imageId: string }> | null };

export type BothCloudsQueryVariables = Exact<{
  region?: string | null | undefined;
  regionId: number;
}>;


export type BothCloudsQuery = { civoDiskImages: Array<{ imageId: string }> | null, gcoreImages: Array<{ imageId: string }> | null };

export const ImageCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ImageCardFragment, unknown>;
export const ImagesForCardsDocument = {"__meta__":{"hash":"sha256:225785b47211cd69f376c3f0285690c7d97f10c376a5984150b3d0185a71a85b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImagesForCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civoDiskImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"StringValue","value":"LON1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageCard"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CivoDiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"IntValue","value":"76"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImageCard"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GcoreImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImageCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ImagesForCardsQuery, ImagesForCardsQueryVariables>;
export const CancellableSearchDocument = {"__meta__":{"hash":"sha256:c3dc236496e98564f9f37ddf9759bfc0db0725b27a28701f76a85d6906deb0c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CancellableSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CancellableSearchQuery, CancellableSearchQueryVariables>;
export const CivoRegionsDocument = {"__meta__":{"hash":"sha256:e02d151fa8b10608f161092a5764a7a725dfcb4f1630d439bd22bb82c6011f64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CivoRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civoRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"outOfCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpu"}},{"kind":"Field","name":{"kind":"Name","value":"kubernetes"}}]}}]}}]}}]} as unknown as DocumentNode<CivoRegionsQuery, CivoRegionsQueryVariables>;
export const CivoImagesDocument = {"__meta__":{"hash":"sha256:4c526bb652a7be41ca644b95dd2030f7660c39f8e576babe242d6c103fc962bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CivoImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"custom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civoDiskImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"custom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"custom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CivoDiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"initialUser"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"distributionDefault"}},{"kind":"Field","name":{"kind":"Name","value":"diskImageSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"rawCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]}}]} as unknown as DocumentNode<CivoImagesQuery, CivoImagesQueryVariables>;
export const CivoImageDocument = {"__meta__":{"hash":"sha256:3a48ce29378a7903d5a8b94b75eeddaa7ef3fc2f712c6a5b38bb504fd206ace5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CivoImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civoDiskImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CivoDiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]}}]} as unknown as DocumentNode<CivoImageQuery, CivoImageQueryVariables>;
export const CivoBatchDocument = {"__meta__":{"hash":"sha256:38f5f007347e7a8b1598c0ff4750ef9931f503c477c47474aeacfb5e3d07530f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CivoBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"civoDiskImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"civoDiskImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"civoDiskImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]} as unknown as DocumentNode<CivoBatchQuery, CivoBatchQueryVariables>;
export const FrontendImageByNodeDocument = {"__meta__":{"hash":"sha256:86c235a01559768a49c77c4fdab0f10a4d005026375d717d323d54979c7cbb6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontendImageByNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CivoRegion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrontendImageByNodeQuery, FrontendImageByNodeQueryVariables>;
export const FrontendImagePageDocument = {"__meta__":{"hash":"sha256:41f763265547c99f87927e32396e7e7a88ae8beb0c40da64228eb017aa8c96d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontendImagePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"distributions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"ubuntu","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FrontendImagePageQuery, FrontendImagePageQueryVariables>;
export const FrontendDeferredEquivalentsDocument = {"__meta__":{"hash":"sha256:761abd0910efd8e1b0801ef88ec5aa7d0dc2183df28bef195f0509684a124a98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontendDeferredEquivalents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"LON1","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"distributions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"ubuntu","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"defer"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equivalents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CIVO"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrontendDeferredEquivalentsQuery, FrontendDeferredEquivalentsQueryVariables>;
export const GcoreDirectoryDocument = {"__meta__":{"hash":"sha256:83f17f5c7b3ce6a2140ef57c93c689a64fb642923a713dc839822ed293684848"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GcoreDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gcoreProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gcoreRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"hasBaremetal"}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]} as unknown as DocumentNode<GcoreDirectoryQuery, GcoreDirectoryQueryVariables>;
export const GcoreImagesDocument = {"__meta__":{"hash":"sha256:4bd4823fbb0b1b41cebf467d8a1f79475b70a7390befacebadc302bf56358da8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GcoreImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"osDistro"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"osVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"architecture"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Architecture"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageVisibility"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagKeyValues"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GcoreTagFilter"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baremetal"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"osDistro"},"value":{"kind":"Variable","name":{"kind":"Name","value":"osDistro"}}},{"kind":"Argument","name":{"kind":"Name","value":"osVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"osVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"architecture"},"value":{"kind":"Variable","name":{"kind":"Name","value":"architecture"}}},{"kind":"Argument","name":{"kind":"Name","value":"visibility"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagKeys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagKeyValues"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagKeyValues"}}},{"kind":"Argument","name":{"kind":"Name","value":"baremetal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baremetal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GcoreImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"minDisk"}},{"kind":"Field","name":{"kind":"Name","value":"minRam"}},{"kind":"Field","name":{"kind":"Name","value":"diskFormat"}},{"kind":"Field","name":{"kind":"Name","value":"osDistro"}},{"kind":"Field","name":{"kind":"Name","value":"rawArchitecture"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"isBaremetal"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<GcoreImagesQuery, GcoreImagesQueryVariables>;
export const GcoreImagesWithPriceDocument = {"__meta__":{"hash":"sha256:0153535af315767a1dd0c024c92469174c519a162bc0765866306b432c43adb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GcoreImagesWithPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GcoreImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GcoreImagesWithPriceQuery, GcoreImagesWithPriceQueryVariables>;
export const GcoreImageByIdDocument = {"__meta__":{"hash":"sha256:ab940505a8bff0e5a6614724419ac9470b592bf6f315ae0d815ac69fa0cebc90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GcoreImageById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"gcoreImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"gcoreImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GcoreImageByIdQuery, GcoreImageByIdQueryVariables>;
export const RawFieldsDocument = {"__meta__":{"hash":"sha256:6809ee381e91f9068b5d96e43af6f8ea84f0b827d729354217e237a1d3045877"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RawFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"private"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"rawVisibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"civoRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rawCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"civoDiskImages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"rawDistribution"}}]}}]}}]} as unknown as DocumentNode<RawFieldsQuery, RawFieldsQueryVariables>;
export const LatestDocument = {"__meta__":{"hash":"sha256:807b80e8de09d095738d01f3fc5d8e39106b715fc7c0575ba66a98c642df7267"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Latest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LatestStrategy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"strategy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"tiedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runnerUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}}]}}]}}]} as unknown as DocumentNode<LatestQuery, LatestQueryVariables>;
export const LatestBuildDocument = {"__meta__":{"hash":"sha256:0e1166e7463898aac23be37fd1d9b62301085606849f83d875da0b3bc6d3c514"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestBuild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LatestStrategy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"strategy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"gpu"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<LatestBuildQuery, LatestBuildQueryVariables>;
export const FamiliesDocument = {"__meta__":{"hash":"sha256:c4ae48b8c1f151a9e39ed1056e187b933b5cb0d9f7171f725dcbb488e3d6e971"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Families"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageFamilies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"providers"}},{"kind":"Field","name":{"kind":"Name","value":"locationCount"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"gcoreProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"gpu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"gpu"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]}}]} as unknown as DocumentNode<FamiliesQuery, FamiliesQueryVariables>;
export const EquivalentsDocument = {"__meta__":{"hash":"sha256:ae2667ffb19dc6a18c656bcf3360325898152e8338086e062a8e46b541409d81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Equivalents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equivalents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalentsQuery, EquivalentsQueryVariables>;
export const NodesBesideRegionsDocument = {"__meta__":{"hash":"sha256:a52310af20e2bba29ef0400456baa75ee033854c99f64af642ba1e931209d262"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesBesideRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civoRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesBesideRegionsQuery, NodesBesideRegionsQueryVariables>;
export const NodeBesideRegionsDocument = {"__meta__":{"hash":"sha256:b61087264ee6bd80e2370dd0629492c480d0d09bfb722259e5a19ebf4c332bac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeBesideRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civoRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeBesideRegionsQuery, NodeBesideRegionsQueryVariables>;
export const RegionIdsDocument = {"__meta__":{"hash":"sha256:2a435500c9f8af6deb6b32e39f4fce20a93eb7be2d0b6229fa3ab2c09a743409"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civoRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RegionIdsQuery, RegionIdsQueryVariables>;
export const LookupNodesDocument = {"__meta__":{"hash":"sha256:a025c6d24d108f8e54a0a9308ad806dc74d4ce346957e1789b9dff658bdcce74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LookupNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]}}]} as unknown as DocumentNode<LookupNodesQuery, LookupNodesQueryVariables>;
export const LookupNodeAndNodesDocument = {"__meta__":{"hash":"sha256:0f673ac9944067642e9c9eafb6913add756f90f51312324f101a015ea4019b02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LookupNodeAndNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LookupNodeAndNodesQuery, LookupNodeAndNodesQueryVariables>;
export const SingleImagesPastCapDocument = {"__meta__":{"hash":"sha256:1b9eb4a6d4da83bd2eed7019bc9955056a21b654dbac0cad0d8aff8622564df7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SingleImagesPastCap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fra"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nyc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phxNode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gcoreProject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gcoreRegion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gcoreImage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"lon"},"name":{"kind":"Name","value":"civoDiskImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"StringValue","value":"LON1","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fra"},"name":{"kind":"Name","value":"civoDiskImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"StringValue","value":"FRA1","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fra"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nyc"},"name":{"kind":"Name","value":"civoDiskImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"StringValue","value":"NYC1","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nyc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phxNode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gcoreImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gcoreProject"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gcoreRegion"}}},{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gcoreImage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gcoreProject"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gcoreRegion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]} as unknown as DocumentNode<SingleImagesPastCapQuery, SingleImagesPastCapQueryVariables>;
export const NativeLookupsDocument = {"__meta__":{"hash":"sha256:4be3af395668b5726b3b4759c4acbe612877d7300b691e56ac3650cccc0499fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NativeLookups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"civoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gcoreRegion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gcoreId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civoDiskImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"StringValue","value":"LON1","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"civoId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gcoreImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gcoreRegion"}}},{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gcoreId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]} as unknown as DocumentNode<NativeLookupsQuery, NativeLookupsQueryVariables>;
export const IdsDocument = {"__meta__":{"hash":"sha256:25240185b6b1ac5acbbb193602e26344634241880be2b62369a55ce836d83317"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ids"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"civoRegion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gcoreRegion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civoDiskImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"civoRegion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gcoreRegion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"civoRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gcoreProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<IdsQuery, IdsQueryVariables>;
export const NodesDocument = {"__meta__":{"hash":"sha256:79675310e3de92f17fc2c5b64945c0f37c8d977de6aa90b79aa70168724b173a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GcoreProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const OneNodeDocument = {"__meta__":{"hash":"sha256:bf00a1e38a9d70642a8354c55a7b431b833c7b934820d7892fa24535b29d7124"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OneNodeQuery, OneNodeQueryVariables>;
export const GcoreRowsDocument = {"__meta__":{"hash":"sha256:8f58663014cbdf68dc328ad1ee80bf57063ff8f1bc5c79bbf1f57c73d0d3a69a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GcoreRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GcoreImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}}]}}]}}]} as unknown as DocumentNode<GcoreRowsQuery, GcoreRowsQueryVariables>;
export const FamilyPlacesDocument = {"__meta__":{"hash":"sha256:f893a471965c8dc9466c7b62f2ed732fc39fddbf6f0168571d5a8710f436e68b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageFamilies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"locationCount"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gcoreProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilyPlacesQuery, FamilyPlacesQueryVariables>;
export const EquivalentPlacesDocument = {"__meta__":{"hash":"sha256:1918e744096b9d8caa48810b89c2dcb4786b45e8b1d1cb56624e6d36266153f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalentPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GcoreImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equivalents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalentPlacesQuery, EquivalentPlacesQueryVariables>;
export const PublicImageInTwoProjectsDocument = {"__meta__":{"hash":"sha256:4dc0d2015d426f3c4447a76c1b3d5c470e06c62e299d2d76d141a5c38733c9ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicImageInTwoProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"second"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"visibility"},"value":{"kind":"EnumValue","value":"PUBLIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}},{"kind":"Argument","name":{"kind":"Name","value":"visibility"},"value":{"kind":"EnumValue","value":"PUBLIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"own"},"name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"visibility"},"value":{"kind":"EnumValue","value":"PRIVATE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]} as unknown as DocumentNode<PublicImageInTwoProjectsQuery, PublicImageInTwoProjectsQueryVariables>;
export const NodeByIdDocument = {"__meta__":{"hash":"sha256:e106c17ce34281370fc43b797b3ca522f6b201db2603c5ff0e748e4c730cf5ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GcoreImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const PartialSearchDocument = {"__meta__":{"hash":"sha256:e1b792d4fb1ed90c3b8cbe6bdbaff6acc6d9e394711d0633ca4a84187c0af59c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartialSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartialSearchQuery, PartialSearchQueryVariables>;
export const PartialEverythingDocument = {"__meta__":{"hash":"sha256:50a7b3063295d8f9be0c9b81106e50ad6290a6fd1ff73c14f3c7b3476bc912f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartialEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"distributions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"ubuntu","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"imageFamilies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"distributions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"debian","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}}]}}]}}]} as unknown as DocumentNode<PartialEverythingQuery, PartialEverythingQueryVariables>;
export const PartialTwoSearchesDocument = {"__meta__":{"hash":"sha256:33f81819b6de0dd07c6a434d032bf2c6b13181a72a01ddf59e537078e2fd15d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartialTwoSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"LON1","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"LON1","block":false},{"kind":"StringValue","value":"FRA1","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"distributions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"ubuntu","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"equivalents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CIVO"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartialTwoSearchesQuery, PartialTwoSearchesQueryVariables>;
export const TrustedSearchDocument = {"__meta__":{"hash":"sha256:60f67a298a2bac8a4ae411457c493312c5f7dd7324a6f94667f632556b8f5bc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustedSearchQuery, TrustedSearchQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"sha256:2d5e286a216fec7da9642916d09b20d18382fbbd7e7f07e39fe4d656ac3c187b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"architectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"osTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const GcoreFilteredAndByIdDocument = {"__meta__":{"hash":"sha256:e5f8c3813891e4991340f3f6133fdea3b6f269569c2597682f4ce532bdadeed8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GcoreFilteredAndById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"osDistro"},"value":{"kind":"StringValue","value":"ubuntu","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"osDistro"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gcoreImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GcoreFilteredAndByIdQuery, GcoreFilteredAndByIdQueryVariables>;
export const GcoreFilteredOnlyDocument = {"__meta__":{"hash":"sha256:c4c79a6a0bc8a225a646019205d0f8f85d02aaf49409e8641945cbe551bb4fd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GcoreFilteredOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"osDistro"},"value":{"kind":"StringValue","value":"ubuntu","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]} as unknown as DocumentNode<GcoreFilteredOnlyQuery, GcoreFilteredOnlyQueryVariables>;
export const CivoCustomAndByIdDocument = {"__meta__":{"hash":"sha256:659bd12b1df05468721fc037265592c1b3289ca5f94e2e9fb8e2188757e89dcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CivoCustomAndById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civoDiskImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"custom"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"civoDiskImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CivoCustomAndByIdQuery, CivoCustomAndByIdQueryVariables>;
export const PageWithEquivalentsDocument = {"__meta__":{"hash":"sha256:dd9f92ed00e460cf7e39863252d0e0e011d0a3ef28cffb3fb751d2a83f62bf5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageWithEquivalents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"equivalents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PageWithEquivalentsQuery, PageWithEquivalentsQueryVariables>;
export const PageWithoutEquivalentsDocument = {"__meta__":{"hash":"sha256:d175f8760cc6a22159009d84117c4931fcd4dc6adb8c23cbf03f60e7989a925c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageWithoutEquivalents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PageWithoutEquivalentsQuery, PageWithoutEquivalentsQueryVariables>;
export const SearchLatestFamiliesDocument = {"__meta__":{"hash":"sha256:1ac853d13af8df8ddf7ea8f0532b37a0b86fc9719fa7214979cd139f76cd53e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchLatestFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"distributions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"ubuntu","block":false}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"distributions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"ubuntu","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"versions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"22.04","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"imageFamilies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"distributions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"debian","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<SearchLatestFamiliesQuery, SearchLatestFamiliesQueryVariables>;
export const BareMetalIdsDocument = {"__meta__":{"hash":"sha256:53cfdf33edefcd5500b10d0e496a7e80112f09bf60e79e8beef4ba1035d42669"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BareMetalIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BareMetalIdsQuery, BareMetalIdsQueryVariables>;
export const NodesByIdDocument = {"__meta__":{"hash":"sha256:3c32f2438af38818dca4cf00ade122f7a32caf5602d773109f3eb07835bf2563"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GcoreImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"isBaremetal"}}]}}]}}]}}]} as unknown as DocumentNode<NodesByIdQuery, NodesByIdQueryVariables>;
export const NamedSearchDocument = {"__meta__":{"hash":"sha256:4d6d060fac4ec8cd0481e1f64452d7c7e970af35c0220a07d7b70c5451855afe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NamedSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NamedSearchQuery, NamedSearchQueryVariables>;
export const CivoOnlyDocument = {"__meta__":{"hash":"sha256:e95dc7b69d3e0748bd38ae0b45f37f69c21d465a902c2a01197bd3e5a4a45572"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CivoOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civoDiskImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]} as unknown as DocumentNode<CivoOnlyQuery, CivoOnlyQueryVariables>;
export const GcoreOnlyDocument = {"__meta__":{"hash":"sha256:80c04dc9cf62c9c124c105f862ff1f08930b22e64fede6dc4f2697addb679006"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GcoreOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]} as unknown as DocumentNode<GcoreOnlyQuery, GcoreOnlyQueryVariables>;
export const BothCloudsDocument = {"__meta__":{"hash":"sha256:667884992d789cc784eb52ca863a6e5eccaddee15dca83d729487ec50fe16414"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BothClouds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civoDiskImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gcoreImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]} as unknown as DocumentNode<BothCloudsQuery, BothCloudsQueryVariables>;