/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CancellableSearch { images { totalCount } }\n": typeof types.CancellableSearchDocument,
    "\n  query CivoRegions {\n    civoRegions { id code name country countryName isDefault outOfCapacity features { gpu kubernetes } }\n  }\n": typeof types.CivoRegionsDocument,
    "\n  query CivoImages($region: String, $custom: Boolean) {\n    civoDiskImages(region: $region, custom: $custom) {\n      id imageId name distribution version status providerStatus description sizeBytes createdAt architecture osType visibility\n      region { code name }\n      ... on CivoDiskImage { state label initialUser os distributionDefault diskImageSizeBytes createdBy rawCreatedAt regionCode }\n    }\n  }\n": typeof types.CivoImagesDocument,
    "\n  query CivoImage($region: String!, $id: ID!) {\n    civoDiskImage(region: $region, id: $id) { id imageId name ... on CivoDiskImage { regionCode } }\n  }\n": typeof types.CivoImageDocument,
    "\n  query CivoBatch($region: String!, $a: ID!, $b: ID!) {\n    list: civoDiskImages(region: $region) { imageId }\n    a: civoDiskImage(region: $region, id: $a) { imageId }\n    b: civoDiskImage(region: $region, id: $b) { imageId }\n  }\n": typeof types.CivoBatchDocument,
    "\n  query GcoreDirectory {\n    gcoreProjects { id projectId name isDefault description }\n    gcoreRegions { id code regionId name state zone hasBaremetal coordinates { latitude longitude } }\n  }\n": typeof types.GcoreDirectoryDocument,
    "\n  query GcoreImages($projectId: Int, $regionId: Int!, $name: String, $osDistro: String, $osVersion: String, $architecture: Architecture,\n    $visibility: ImageVisibility, $tagKeys: [String!], $tagKeyValues: [GcoreTagFilter!], $baremetal: Boolean) {\n    gcoreImages(projectId: $projectId, regionId: $regionId, name: $name, osDistro: $osDistro, osVersion: $osVersion, architecture: $architecture,\n      visibility: $visibility, tagKeys: $tagKeys, tagKeyValues: $tagKeyValues, baremetal: $baremetal) {\n      id imageId name distribution version architecture osType status sizeBytes createdAt visibility\n      region { code name }\n      ... on GcoreImage { projectId regionId regionName minDisk minRam diskFormat osDistro rawArchitecture size isBaremetal tags { key value readOnly } updatedAt }\n    }\n  }\n": typeof types.GcoreImagesDocument,
    "\n  query GcoreImagesWithPrice($regionId: Int!) {\n    gcoreImages(regionId: $regionId) { imageId ... on GcoreImage { price { currencyCode pricePerHour pricePerMonth status } } }\n  }\n": typeof types.GcoreImagesWithPriceDocument,
    "\n  query GcoreImageById($projectId: Int, $regionId: Int!, $a: ID!, $b: ID!) {\n    list: gcoreImages(projectId: $projectId, regionId: $regionId) { imageId }\n    a: gcoreImage(projectId: $projectId, regionId: $regionId, imageId: $a) { imageId name }\n    b: gcoreImage(projectId: $projectId, regionId: $regionId, imageId: $b) { imageId name }\n  }\n": typeof types.GcoreImageByIdDocument,
    "\n  query RawFields($regionId: Int!) {\n    gcoreImages(regionId: $regionId, private: true) { imageId visibility rawVisibility }\n    civoRegions { code rawCode }\n    civoDiskImages { distribution rawDistribution }\n  }\n": typeof types.RawFieldsDocument,
    "\n  query Latest($filter: ImageFilter, $strategy: LatestStrategy) {\n    latestImage(filter: $filter, strategy: $strategy) {\n      strategy candidateCount tiedCount reason\n      image { imageId provider name version visibility createdAt }\n      runnerUp { imageId version }\n      coverage { requested answered }\n    }\n  }\n": typeof types.LatestDocument,
    "\n  query LatestBuild($filter: ImageFilter, $strategy: LatestStrategy) {\n    latestImage(filter: $filter, strategy: $strategy) {\n      candidateCount reason\n      image { provider name version architecture gpu createdAt }\n    }\n  }\n": typeof types.LatestBuildDocument,
    "\n  query Families($filter: ImageFilter) {\n    imageFamilies(filter: $filter) {\n      families {\n        key distribution version architecture providers locationCount\n        locations { provider gcoreProjectId region { code } image { imageId name visibility gpu } alternatives { imageId name visibility gpu } }\n      }\n      coverage { complete }\n    }\n  }\n": typeof types.FamiliesDocument,
    "\n  query Equivalents($filter: ImageFilter) {\n    images(filter: $filter, first: 5) { edges { node { imageId version region { code } equivalents { imageId provider distribution version architecture region { code } } } } }\n  }\n": typeof types.EquivalentsDocument,
    "\n  query NodesBesideRegions($ids: [ID!]!) {\n    civoRegions { code }\n    nodes(ids: $ids) { __typename id }\n  }\n": typeof types.NodesBesideRegionsDocument,
    "\n  query NodeBesideRegions($id: ID!) {\n    civoRegions { code }\n    node(id: $id) { __typename id }\n  }\n": typeof types.NodeBesideRegionsDocument,
    "\n  query RegionIds { civoRegions { id code } }\n": typeof types.RegionIdsDocument,
    "\n  query LookupNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id ... on DiskImage { imageId } }\n  }\n": typeof types.LookupNodesDocument,
    "\n  query LookupNodeAndNodes($id: ID!, $ids: [ID!]!) {\n    node(id: $id) { id }\n    nodes(ids: $ids) { id }\n  }\n": typeof types.LookupNodeAndNodesDocument,
    "\n  query SingleImagesPastCap($lon: ID!, $fra: ID!, $nyc: ID!, $phxNode: ID!, $gcoreProject: Int!, $gcoreRegion: Int!, $gcoreImage: ID!) {\n    lon: civoDiskImage(region: \"LON1\", id: $lon) { imageId }\n    fra: civoDiskImage(region: \"FRA1\", id: $fra) { imageId }\n    nyc: civoDiskImage(region: \"NYC1\", id: $nyc) { imageId }\n    node(id: $phxNode) { id }\n    gcoreImage(projectId: $gcoreProject, regionId: $gcoreRegion, imageId: $gcoreImage) { imageId }\n    gcoreImages(projectId: $gcoreProject, regionId: $gcoreRegion) { imageId }\n  }\n": typeof types.SingleImagesPastCapDocument,
    "\n  query NativeLookups($civoId: ID!, $gcoreRegion: Int!, $gcoreId: ID!) {\n    civoDiskImage(region: \"LON1\", id: $civoId) { imageId }\n    gcoreImage(regionId: $gcoreRegion, imageId: $gcoreId) { imageId }\n  }\n": typeof types.NativeLookupsDocument,
    "\n  query Ids($civoRegion: String!, $gcoreRegion: Int!) {\n    civoDiskImages(region: $civoRegion) { id imageId }\n    gcoreImages(regionId: $gcoreRegion) { id imageId }\n    civoRegions { id code }\n    gcoreProjects { id projectId }\n  }\n": typeof types.IdsDocument,
    "\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename id\n      ... on DiskImage { imageId provider }\n      ... on Region { code }\n      ... on GcoreProject { projectId }\n    }\n  }\n": typeof types.NodesDocument,
    "\n  query OneNode($id: ID!) { node(id: $id) { id ... on DiskImage { name } } }\n": typeof types.OneNodeDocument,
    "\n  query GcoreRows($filter: ImageFilter) {\n    images(filter: $filter) {\n      totalCount\n      edges { node { id imageId name visibility region { code } ... on GcoreImage { projectId } } }\n      facets { providers { value count } regions { value count } }\n      coverage { requested answered }\n    }\n  }\n": typeof types.GcoreRowsDocument,
    "\n  query FamilyPlaces($filter: ImageFilter) {\n    imageFamilies(filter: $filter) {\n      families { key locationCount locations { provider region { code } gcoreProjectId image { imageId visibility } alternatives { imageId name } } }\n    }\n  }\n": typeof types.FamilyPlacesDocument,
    "\n  query EquivalentPlaces($filter: ImageFilter) {\n    images(filter: $filter) {\n      edges { node { imageId name visibility region { code } ... on GcoreImage { projectId } equivalents { imageId provider region { code } } } }\n    }\n  }\n": typeof types.EquivalentPlacesDocument,
    "\n  query PartialSearch {\n    images { totalCount edges { node { provider region { code } } } coverage { requested answered complete failed { provider region projectId code retryable retryAfterSeconds } } }\n  }\n": typeof types.PartialSearchDocument,
    "\n  query PartialEverything {\n    images(first: 1) { totalCount coverage { answered } }\n    latestImage(filter: { distributions: [\"ubuntu\"] }) { image { imageId } coverage { answered } }\n    imageFamilies(filter: { distributions: [\"debian\"] }) { coverage { answered } }\n  }\n": typeof types.PartialEverythingDocument,
    "\n  query PartialTwoSearches {\n    a: images(filter: { regions: [\"LON1\"] }) { totalCount coverage { failed { region } } }\n    b: images(filter: { regions: [\"LON1\", \"FRA1\"], distributions: [\"ubuntu\"] }) {\n      coverage { failed { region } }\n      edges { node { imageId equivalents(providers: [CIVO]) { imageId } } }\n    }\n  }\n": typeof types.PartialTwoSearchesDocument,
    "\n  query Search($filter: ImageFilter, $orderBy: [ImageOrder!], $first: Int, $after: String, $last: Int, $before: String) {\n    images(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id imageId provider name distribution version architecture status visibility createdAt region { code } } }\n      coverage { requested answered complete failed { provider region projectId code } }\n      facets {\n        distributions { value count } versions { value count } architectures { value count }\n        osTypes { value count } providers { value count } regions { value count }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query GcoreFilteredAndById($regionId: Int!, $imageId: ID!) {\n    gcoreImages(regionId: $regionId, osDistro: \"ubuntu\") { imageId osDistro }\n    gcoreImage(regionId: $regionId, imageId: $imageId) { imageId name }\n  }\n": typeof types.GcoreFilteredAndByIdDocument,
    "\n  query GcoreFilteredOnly($regionId: Int!) { gcoreImages(regionId: $regionId, osDistro: \"ubuntu\") { imageId } }\n": typeof types.GcoreFilteredOnlyDocument,
    "\n  query CivoCustomAndById($region: String!, $id: ID!) {\n    civoDiskImages(region: $region, custom: true) { imageId createdBy }\n    civoDiskImage(region: $region, id: $id) { imageId name }\n  }\n": typeof types.CivoCustomAndByIdDocument,
    "\n  query PageWithEquivalents($filter: ImageFilter) {\n    images(filter: $filter, first: 4) { totalCount edges { node { imageId equivalents { imageId provider region { code } } } } }\n  }\n": typeof types.PageWithEquivalentsDocument,
    "\n  query PageWithoutEquivalents($filter: ImageFilter) { images(filter: $filter, first: 4) { totalCount edges { node { imageId } } } }\n": typeof types.PageWithoutEquivalentsDocument,
    "\n  query SearchLatestFamilies {\n    images(filter: { distributions: [\"ubuntu\"] }, first: 2) { totalCount }\n    latestImage(filter: { distributions: [\"ubuntu\"], versions: [\"22.04\"] }) { image { imageId } candidateCount }\n    imageFamilies(filter: { distributions: [\"debian\"] }) { families { key } }\n  }\n": typeof types.SearchLatestFamiliesDocument,
    "\n  query BareMetalIds($filter: ImageFilter) { images(filter: $filter) { edges { node { id imageId } } } }\n": typeof types.BareMetalIdsDocument,
    "\n  query NodesById($ids: [ID!]!) { nodes(ids: $ids) { id ... on GcoreImage { imageId isBaremetal } } }\n": typeof types.NodesByIdDocument,
    "\n  query NamedSearch($filter: ImageFilter) {\n    images(filter: $filter) {\n      totalCount\n      edges { node { provider region { code } } }\n      coverage { requested answered complete failed { provider region projectId code } }\n    }\n  }\n": typeof types.NamedSearchDocument,
    "\n  query CivoOnly($region: String) { civoDiskImages(region: $region) { imageId } }\n": typeof types.CivoOnlyDocument,
    "\n  query GcoreOnly($regionId: Int!) { gcoreImages(regionId: $regionId) { imageId } }\n": typeof types.GcoreOnlyDocument,
    "\n  query BothClouds($region: String, $regionId: Int!) {\n    civoDiskImages(region: $region) { imageId }\n    gcoreImages(regionId: $regionId) { imageId }\n  }\n": typeof types.BothCloudsDocument,
};
const documents: Documents = {
    "\n  query CancellableSearch { images { totalCount } }\n": types.CancellableSearchDocument,
    "\n  query CivoRegions {\n    civoRegions { id code name country countryName isDefault outOfCapacity features { gpu kubernetes } }\n  }\n": types.CivoRegionsDocument,
    "\n  query CivoImages($region: String, $custom: Boolean) {\n    civoDiskImages(region: $region, custom: $custom) {\n      id imageId name distribution version status providerStatus description sizeBytes createdAt architecture osType visibility\n      region { code name }\n      ... on CivoDiskImage { state label initialUser os distributionDefault diskImageSizeBytes createdBy rawCreatedAt regionCode }\n    }\n  }\n": types.CivoImagesDocument,
    "\n  query CivoImage($region: String!, $id: ID!) {\n    civoDiskImage(region: $region, id: $id) { id imageId name ... on CivoDiskImage { regionCode } }\n  }\n": types.CivoImageDocument,
    "\n  query CivoBatch($region: String!, $a: ID!, $b: ID!) {\n    list: civoDiskImages(region: $region) { imageId }\n    a: civoDiskImage(region: $region, id: $a) { imageId }\n    b: civoDiskImage(region: $region, id: $b) { imageId }\n  }\n": types.CivoBatchDocument,
    "\n  query GcoreDirectory {\n    gcoreProjects { id projectId name isDefault description }\n    gcoreRegions { id code regionId name state zone hasBaremetal coordinates { latitude longitude } }\n  }\n": types.GcoreDirectoryDocument,
    "\n  query GcoreImages($projectId: Int, $regionId: Int!, $name: String, $osDistro: String, $osVersion: String, $architecture: Architecture,\n    $visibility: ImageVisibility, $tagKeys: [String!], $tagKeyValues: [GcoreTagFilter!], $baremetal: Boolean) {\n    gcoreImages(projectId: $projectId, regionId: $regionId, name: $name, osDistro: $osDistro, osVersion: $osVersion, architecture: $architecture,\n      visibility: $visibility, tagKeys: $tagKeys, tagKeyValues: $tagKeyValues, baremetal: $baremetal) {\n      id imageId name distribution version architecture osType status sizeBytes createdAt visibility\n      region { code name }\n      ... on GcoreImage { projectId regionId regionName minDisk minRam diskFormat osDistro rawArchitecture size isBaremetal tags { key value readOnly } updatedAt }\n    }\n  }\n": types.GcoreImagesDocument,
    "\n  query GcoreImagesWithPrice($regionId: Int!) {\n    gcoreImages(regionId: $regionId) { imageId ... on GcoreImage { price { currencyCode pricePerHour pricePerMonth status } } }\n  }\n": types.GcoreImagesWithPriceDocument,
    "\n  query GcoreImageById($projectId: Int, $regionId: Int!, $a: ID!, $b: ID!) {\n    list: gcoreImages(projectId: $projectId, regionId: $regionId) { imageId }\n    a: gcoreImage(projectId: $projectId, regionId: $regionId, imageId: $a) { imageId name }\n    b: gcoreImage(projectId: $projectId, regionId: $regionId, imageId: $b) { imageId name }\n  }\n": types.GcoreImageByIdDocument,
    "\n  query RawFields($regionId: Int!) {\n    gcoreImages(regionId: $regionId, private: true) { imageId visibility rawVisibility }\n    civoRegions { code rawCode }\n    civoDiskImages { distribution rawDistribution }\n  }\n": types.RawFieldsDocument,
    "\n  query Latest($filter: ImageFilter, $strategy: LatestStrategy) {\n    latestImage(filter: $filter, strategy: $strategy) {\n      strategy candidateCount tiedCount reason\n      image { imageId provider name version visibility createdAt }\n      runnerUp { imageId version }\n      coverage { requested answered }\n    }\n  }\n": types.LatestDocument,
    "\n  query LatestBuild($filter: ImageFilter, $strategy: LatestStrategy) {\n    latestImage(filter: $filter, strategy: $strategy) {\n      candidateCount reason\n      image { provider name version architecture gpu createdAt }\n    }\n  }\n": types.LatestBuildDocument,
    "\n  query Families($filter: ImageFilter) {\n    imageFamilies(filter: $filter) {\n      families {\n        key distribution version architecture providers locationCount\n        locations { provider gcoreProjectId region { code } image { imageId name visibility gpu } alternatives { imageId name visibility gpu } }\n      }\n      coverage { complete }\n    }\n  }\n": types.FamiliesDocument,
    "\n  query Equivalents($filter: ImageFilter) {\n    images(filter: $filter, first: 5) { edges { node { imageId version region { code } equivalents { imageId provider distribution version architecture region { code } } } } }\n  }\n": types.EquivalentsDocument,
    "\n  query NodesBesideRegions($ids: [ID!]!) {\n    civoRegions { code }\n    nodes(ids: $ids) { __typename id }\n  }\n": types.NodesBesideRegionsDocument,
    "\n  query NodeBesideRegions($id: ID!) {\n    civoRegions { code }\n    node(id: $id) { __typename id }\n  }\n": types.NodeBesideRegionsDocument,
    "\n  query RegionIds { civoRegions { id code } }\n": types.RegionIdsDocument,
    "\n  query LookupNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id ... on DiskImage { imageId } }\n  }\n": types.LookupNodesDocument,
    "\n  query LookupNodeAndNodes($id: ID!, $ids: [ID!]!) {\n    node(id: $id) { id }\n    nodes(ids: $ids) { id }\n  }\n": types.LookupNodeAndNodesDocument,
    "\n  query SingleImagesPastCap($lon: ID!, $fra: ID!, $nyc: ID!, $phxNode: ID!, $gcoreProject: Int!, $gcoreRegion: Int!, $gcoreImage: ID!) {\n    lon: civoDiskImage(region: \"LON1\", id: $lon) { imageId }\n    fra: civoDiskImage(region: \"FRA1\", id: $fra) { imageId }\n    nyc: civoDiskImage(region: \"NYC1\", id: $nyc) { imageId }\n    node(id: $phxNode) { id }\n    gcoreImage(projectId: $gcoreProject, regionId: $gcoreRegion, imageId: $gcoreImage) { imageId }\n    gcoreImages(projectId: $gcoreProject, regionId: $gcoreRegion) { imageId }\n  }\n": types.SingleImagesPastCapDocument,
    "\n  query NativeLookups($civoId: ID!, $gcoreRegion: Int!, $gcoreId: ID!) {\n    civoDiskImage(region: \"LON1\", id: $civoId) { imageId }\n    gcoreImage(regionId: $gcoreRegion, imageId: $gcoreId) { imageId }\n  }\n": types.NativeLookupsDocument,
    "\n  query Ids($civoRegion: String!, $gcoreRegion: Int!) {\n    civoDiskImages(region: $civoRegion) { id imageId }\n    gcoreImages(regionId: $gcoreRegion) { id imageId }\n    civoRegions { id code }\n    gcoreProjects { id projectId }\n  }\n": types.IdsDocument,
    "\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename id\n      ... on DiskImage { imageId provider }\n      ... on Region { code }\n      ... on GcoreProject { projectId }\n    }\n  }\n": types.NodesDocument,
    "\n  query OneNode($id: ID!) { node(id: $id) { id ... on DiskImage { name } } }\n": types.OneNodeDocument,
    "\n  query GcoreRows($filter: ImageFilter) {\n    images(filter: $filter) {\n      totalCount\n      edges { node { id imageId name visibility region { code } ... on GcoreImage { projectId } } }\n      facets { providers { value count } regions { value count } }\n      coverage { requested answered }\n    }\n  }\n": types.GcoreRowsDocument,
    "\n  query FamilyPlaces($filter: ImageFilter) {\n    imageFamilies(filter: $filter) {\n      families { key locationCount locations { provider region { code } gcoreProjectId image { imageId visibility } alternatives { imageId name } } }\n    }\n  }\n": types.FamilyPlacesDocument,
    "\n  query EquivalentPlaces($filter: ImageFilter) {\n    images(filter: $filter) {\n      edges { node { imageId name visibility region { code } ... on GcoreImage { projectId } equivalents { imageId provider region { code } } } }\n    }\n  }\n": types.EquivalentPlacesDocument,
    "\n  query PartialSearch {\n    images { totalCount edges { node { provider region { code } } } coverage { requested answered complete failed { provider region projectId code retryable retryAfterSeconds } } }\n  }\n": types.PartialSearchDocument,
    "\n  query PartialEverything {\n    images(first: 1) { totalCount coverage { answered } }\n    latestImage(filter: { distributions: [\"ubuntu\"] }) { image { imageId } coverage { answered } }\n    imageFamilies(filter: { distributions: [\"debian\"] }) { coverage { answered } }\n  }\n": types.PartialEverythingDocument,
    "\n  query PartialTwoSearches {\n    a: images(filter: { regions: [\"LON1\"] }) { totalCount coverage { failed { region } } }\n    b: images(filter: { regions: [\"LON1\", \"FRA1\"], distributions: [\"ubuntu\"] }) {\n      coverage { failed { region } }\n      edges { node { imageId equivalents(providers: [CIVO]) { imageId } } }\n    }\n  }\n": types.PartialTwoSearchesDocument,
    "\n  query Search($filter: ImageFilter, $orderBy: [ImageOrder!], $first: Int, $after: String, $last: Int, $before: String) {\n    images(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id imageId provider name distribution version architecture status visibility createdAt region { code } } }\n      coverage { requested answered complete failed { provider region projectId code } }\n      facets {\n        distributions { value count } versions { value count } architectures { value count }\n        osTypes { value count } providers { value count } regions { value count }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query GcoreFilteredAndById($regionId: Int!, $imageId: ID!) {\n    gcoreImages(regionId: $regionId, osDistro: \"ubuntu\") { imageId osDistro }\n    gcoreImage(regionId: $regionId, imageId: $imageId) { imageId name }\n  }\n": types.GcoreFilteredAndByIdDocument,
    "\n  query GcoreFilteredOnly($regionId: Int!) { gcoreImages(regionId: $regionId, osDistro: \"ubuntu\") { imageId } }\n": types.GcoreFilteredOnlyDocument,
    "\n  query CivoCustomAndById($region: String!, $id: ID!) {\n    civoDiskImages(region: $region, custom: true) { imageId createdBy }\n    civoDiskImage(region: $region, id: $id) { imageId name }\n  }\n": types.CivoCustomAndByIdDocument,
    "\n  query PageWithEquivalents($filter: ImageFilter) {\n    images(filter: $filter, first: 4) { totalCount edges { node { imageId equivalents { imageId provider region { code } } } } }\n  }\n": types.PageWithEquivalentsDocument,
    "\n  query PageWithoutEquivalents($filter: ImageFilter) { images(filter: $filter, first: 4) { totalCount edges { node { imageId } } } }\n": types.PageWithoutEquivalentsDocument,
    "\n  query SearchLatestFamilies {\n    images(filter: { distributions: [\"ubuntu\"] }, first: 2) { totalCount }\n    latestImage(filter: { distributions: [\"ubuntu\"], versions: [\"22.04\"] }) { image { imageId } candidateCount }\n    imageFamilies(filter: { distributions: [\"debian\"] }) { families { key } }\n  }\n": types.SearchLatestFamiliesDocument,
    "\n  query BareMetalIds($filter: ImageFilter) { images(filter: $filter) { edges { node { id imageId } } } }\n": types.BareMetalIdsDocument,
    "\n  query NodesById($ids: [ID!]!) { nodes(ids: $ids) { id ... on GcoreImage { imageId isBaremetal } } }\n": types.NodesByIdDocument,
    "\n  query NamedSearch($filter: ImageFilter) {\n    images(filter: $filter) {\n      totalCount\n      edges { node { provider region { code } } }\n      coverage { requested answered complete failed { provider region projectId code } }\n    }\n  }\n": types.NamedSearchDocument,
    "\n  query CivoOnly($region: String) { civoDiskImages(region: $region) { imageId } }\n": types.CivoOnlyDocument,
    "\n  query GcoreOnly($regionId: Int!) { gcoreImages(regionId: $regionId) { imageId } }\n": types.GcoreOnlyDocument,
    "\n  query BothClouds($region: String, $regionId: Int!) {\n    civoDiskImages(region: $region) { imageId }\n    gcoreImages(regionId: $regionId) { imageId }\n  }\n": types.BothCloudsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CancellableSearch { images { totalCount } }\n"): (typeof documents)["\n  query CancellableSearch { images { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CivoRegions {\n    civoRegions { id code name country countryName isDefault outOfCapacity features { gpu kubernetes } }\n  }\n"): (typeof documents)["\n  query CivoRegions {\n    civoRegions { id code name country countryName isDefault outOfCapacity features { gpu kubernetes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CivoImages($region: String, $custom: Boolean) {\n    civoDiskImages(region: $region, custom: $custom) {\n      id imageId name distribution version status providerStatus description sizeBytes createdAt architecture osType visibility\n      region { code name }\n      ... on CivoDiskImage { state label initialUser os distributionDefault diskImageSizeBytes createdBy rawCreatedAt regionCode }\n    }\n  }\n"): (typeof documents)["\n  query CivoImages($region: String, $custom: Boolean) {\n    civoDiskImages(region: $region, custom: $custom) {\n      id imageId name distribution version status providerStatus description sizeBytes createdAt architecture osType visibility\n      region { code name }\n      ... on CivoDiskImage { state label initialUser os distributionDefault diskImageSizeBytes createdBy rawCreatedAt regionCode }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CivoImage($region: String!, $id: ID!) {\n    civoDiskImage(region: $region, id: $id) { id imageId name ... on CivoDiskImage { regionCode } }\n  }\n"): (typeof documents)["\n  query CivoImage($region: String!, $id: ID!) {\n    civoDiskImage(region: $region, id: $id) { id imageId name ... on CivoDiskImage { regionCode } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CivoBatch($region: String!, $a: ID!, $b: ID!) {\n    list: civoDiskImages(region: $region) { imageId }\n    a: civoDiskImage(region: $region, id: $a) { imageId }\n    b: civoDiskImage(region: $region, id: $b) { imageId }\n  }\n"): (typeof documents)["\n  query CivoBatch($region: String!, $a: ID!, $b: ID!) {\n    list: civoDiskImages(region: $region) { imageId }\n    a: civoDiskImage(region: $region, id: $a) { imageId }\n    b: civoDiskImage(region: $region, id: $b) { imageId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GcoreDirectory {\n    gcoreProjects { id projectId name isDefault description }\n    gcoreRegions { id code regionId name state zone hasBaremetal coordinates { latitude longitude } }\n  }\n"): (typeof documents)["\n  query GcoreDirectory {\n    gcoreProjects { id projectId name isDefault description }\n    gcoreRegions { id code regionId name state zone hasBaremetal coordinates { latitude longitude } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GcoreImages($projectId: Int, $regionId: Int!, $name: String, $osDistro: String, $osVersion: String, $architecture: Architecture,\n    $visibility: ImageVisibility, $tagKeys: [String!], $tagKeyValues: [GcoreTagFilter!], $baremetal: Boolean) {\n    gcoreImages(projectId: $projectId, regionId: $regionId, name: $name, osDistro: $osDistro, osVersion: $osVersion, architecture: $architecture,\n      visibility: $visibility, tagKeys: $tagKeys, tagKeyValues: $tagKeyValues, baremetal: $baremetal) {\n      id imageId name distribution version architecture osType status sizeBytes createdAt visibility\n      region { code name }\n      ... on GcoreImage { projectId regionId regionName minDisk minRam diskFormat osDistro rawArchitecture size isBaremetal tags { key value readOnly } updatedAt }\n    }\n  }\n"): (typeof documents)["\n  query GcoreImages($projectId: Int, $regionId: Int!, $name: String, $osDistro: String, $osVersion: String, $architecture: Architecture,\n    $visibility: ImageVisibility, $tagKeys: [String!], $tagKeyValues: [GcoreTagFilter!], $baremetal: Boolean) {\n    gcoreImages(projectId: $projectId, regionId: $regionId, name: $name, osDistro: $osDistro, osVersion: $osVersion, architecture: $architecture,\n      visibility: $visibility, tagKeys: $tagKeys, tagKeyValues: $tagKeyValues, baremetal: $baremetal) {\n      id imageId name distribution version architecture osType status sizeBytes createdAt visibility\n      region { code name }\n      ... on GcoreImage { projectId regionId regionName minDisk minRam diskFormat osDistro rawArchitecture size isBaremetal tags { key value readOnly } updatedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GcoreImagesWithPrice($regionId: Int!) {\n    gcoreImages(regionId: $regionId) { imageId ... on GcoreImage { price { currencyCode pricePerHour pricePerMonth status } } }\n  }\n"): (typeof documents)["\n  query GcoreImagesWithPrice($regionId: Int!) {\n    gcoreImages(regionId: $regionId) { imageId ... on GcoreImage { price { currencyCode pricePerHour pricePerMonth status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GcoreImageById($projectId: Int, $regionId: Int!, $a: ID!, $b: ID!) {\n    list: gcoreImages(projectId: $projectId, regionId: $regionId) { imageId }\n    a: gcoreImage(projectId: $projectId, regionId: $regionId, imageId: $a) { imageId name }\n    b: gcoreImage(projectId: $projectId, regionId: $regionId, imageId: $b) { imageId name }\n  }\n"): (typeof documents)["\n  query GcoreImageById($projectId: Int, $regionId: Int!, $a: ID!, $b: ID!) {\n    list: gcoreImages(projectId: $projectId, regionId: $regionId) { imageId }\n    a: gcoreImage(projectId: $projectId, regionId: $regionId, imageId: $a) { imageId name }\n    b: gcoreImage(projectId: $projectId, regionId: $regionId, imageId: $b) { imageId name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RawFields($regionId: Int!) {\n    gcoreImages(regionId: $regionId, private: true) { imageId visibility rawVisibility }\n    civoRegions { code rawCode }\n    civoDiskImages { distribution rawDistribution }\n  }\n"): (typeof documents)["\n  query RawFields($regionId: Int!) {\n    gcoreImages(regionId: $regionId, private: true) { imageId visibility rawVisibility }\n    civoRegions { code rawCode }\n    civoDiskImages { distribution rawDistribution }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Latest($filter: ImageFilter, $strategy: LatestStrategy) {\n    latestImage(filter: $filter, strategy: $strategy) {\n      strategy candidateCount tiedCount reason\n      image { imageId provider name version visibility createdAt }\n      runnerUp { imageId version }\n      coverage { requested answered }\n    }\n  }\n"): (typeof documents)["\n  query Latest($filter: ImageFilter, $strategy: LatestStrategy) {\n    latestImage(filter: $filter, strategy: $strategy) {\n      strategy candidateCount tiedCount reason\n      image { imageId provider name version visibility createdAt }\n      runnerUp { imageId version }\n      coverage { requested answered }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestBuild($filter: ImageFilter, $strategy: LatestStrategy) {\n    latestImage(filter: $filter, strategy: $strategy) {\n      candidateCount reason\n      image { provider name version architecture gpu createdAt }\n    }\n  }\n"): (typeof documents)["\n  query LatestBuild($filter: ImageFilter, $strategy: LatestStrategy) {\n    latestImage(filter: $filter, strategy: $strategy) {\n      candidateCount reason\n      image { provider name version architecture gpu createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Families($filter: ImageFilter) {\n    imageFamilies(filter: $filter) {\n      families {\n        key distribution version architecture providers locationCount\n        locations { provider gcoreProjectId region { code } image { imageId name visibility gpu } alternatives { imageId name visibility gpu } }\n      }\n      coverage { complete }\n    }\n  }\n"): (typeof documents)["\n  query Families($filter: ImageFilter) {\n    imageFamilies(filter: $filter) {\n      families {\n        key distribution version architecture providers locationCount\n        locations { provider gcoreProjectId region { code } image { imageId name visibility gpu } alternatives { imageId name visibility gpu } }\n      }\n      coverage { complete }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Equivalents($filter: ImageFilter) {\n    images(filter: $filter, first: 5) { edges { node { imageId version region { code } equivalents { imageId provider distribution version architecture region { code } } } } }\n  }\n"): (typeof documents)["\n  query Equivalents($filter: ImageFilter) {\n    images(filter: $filter, first: 5) { edges { node { imageId version region { code } equivalents { imageId provider distribution version architecture region { code } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesBesideRegions($ids: [ID!]!) {\n    civoRegions { code }\n    nodes(ids: $ids) { __typename id }\n  }\n"): (typeof documents)["\n  query NodesBesideRegions($ids: [ID!]!) {\n    civoRegions { code }\n    nodes(ids: $ids) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeBesideRegions($id: ID!) {\n    civoRegions { code }\n    node(id: $id) { __typename id }\n  }\n"): (typeof documents)["\n  query NodeBesideRegions($id: ID!) {\n    civoRegions { code }\n    node(id: $id) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionIds { civoRegions { id code } }\n"): (typeof documents)["\n  query RegionIds { civoRegions { id code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookupNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id ... on DiskImage { imageId } }\n  }\n"): (typeof documents)["\n  query LookupNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id ... on DiskImage { imageId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookupNodeAndNodes($id: ID!, $ids: [ID!]!) {\n    node(id: $id) { id }\n    nodes(ids: $ids) { id }\n  }\n"): (typeof documents)["\n  query LookupNodeAndNodes($id: ID!, $ids: [ID!]!) {\n    node(id: $id) { id }\n    nodes(ids: $ids) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SingleImagesPastCap($lon: ID!, $fra: ID!, $nyc: ID!, $phxNode: ID!, $gcoreProject: Int!, $gcoreRegion: Int!, $gcoreImage: ID!) {\n    lon: civoDiskImage(region: \"LON1\", id: $lon) { imageId }\n    fra: civoDiskImage(region: \"FRA1\", id: $fra) { imageId }\n    nyc: civoDiskImage(region: \"NYC1\", id: $nyc) { imageId }\n    node(id: $phxNode) { id }\n    gcoreImage(projectId: $gcoreProject, regionId: $gcoreRegion, imageId: $gcoreImage) { imageId }\n    gcoreImages(projectId: $gcoreProject, regionId: $gcoreRegion) { imageId }\n  }\n"): (typeof documents)["\n  query SingleImagesPastCap($lon: ID!, $fra: ID!, $nyc: ID!, $phxNode: ID!, $gcoreProject: Int!, $gcoreRegion: Int!, $gcoreImage: ID!) {\n    lon: civoDiskImage(region: \"LON1\", id: $lon) { imageId }\n    fra: civoDiskImage(region: \"FRA1\", id: $fra) { imageId }\n    nyc: civoDiskImage(region: \"NYC1\", id: $nyc) { imageId }\n    node(id: $phxNode) { id }\n    gcoreImage(projectId: $gcoreProject, regionId: $gcoreRegion, imageId: $gcoreImage) { imageId }\n    gcoreImages(projectId: $gcoreProject, regionId: $gcoreRegion) { imageId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NativeLookups($civoId: ID!, $gcoreRegion: Int!, $gcoreId: ID!) {\n    civoDiskImage(region: \"LON1\", id: $civoId) { imageId }\n    gcoreImage(regionId: $gcoreRegion, imageId: $gcoreId) { imageId }\n  }\n"): (typeof documents)["\n  query NativeLookups($civoId: ID!, $gcoreRegion: Int!, $gcoreId: ID!) {\n    civoDiskImage(region: \"LON1\", id: $civoId) { imageId }\n    gcoreImage(regionId: $gcoreRegion, imageId: $gcoreId) { imageId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ids($civoRegion: String!, $gcoreRegion: Int!) {\n    civoDiskImages(region: $civoRegion) { id imageId }\n    gcoreImages(regionId: $gcoreRegion) { id imageId }\n    civoRegions { id code }\n    gcoreProjects { id projectId }\n  }\n"): (typeof documents)["\n  query Ids($civoRegion: String!, $gcoreRegion: Int!) {\n    civoDiskImages(region: $civoRegion) { id imageId }\n    gcoreImages(regionId: $gcoreRegion) { id imageId }\n    civoRegions { id code }\n    gcoreProjects { id projectId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename id\n      ... on DiskImage { imageId provider }\n      ... on Region { code }\n      ... on GcoreProject { projectId }\n    }\n  }\n"): (typeof documents)["\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename id\n      ... on DiskImage { imageId provider }\n      ... on Region { code }\n      ... on GcoreProject { projectId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneNode($id: ID!) { node(id: $id) { id ... on DiskImage { name } } }\n"): (typeof documents)["\n  query OneNode($id: ID!) { node(id: $id) { id ... on DiskImage { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GcoreRows($filter: ImageFilter) {\n    images(filter: $filter) {\n      totalCount\n      edges { node { id imageId name visibility region { code } ... on GcoreImage { projectId } } }\n      facets { providers { value count } regions { value count } }\n      coverage { requested answered }\n    }\n  }\n"): (typeof documents)["\n  query GcoreRows($filter: ImageFilter) {\n    images(filter: $filter) {\n      totalCount\n      edges { node { id imageId name visibility region { code } ... on GcoreImage { projectId } } }\n      facets { providers { value count } regions { value count } }\n      coverage { requested answered }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyPlaces($filter: ImageFilter) {\n    imageFamilies(filter: $filter) {\n      families { key locationCount locations { provider region { code } gcoreProjectId image { imageId visibility } alternatives { imageId name } } }\n    }\n  }\n"): (typeof documents)["\n  query FamilyPlaces($filter: ImageFilter) {\n    imageFamilies(filter: $filter) {\n      families { key locationCount locations { provider region { code } gcoreProjectId image { imageId visibility } alternatives { imageId name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalentPlaces($filter: ImageFilter) {\n    images(filter: $filter) {\n      edges { node { imageId name visibility region { code } ... on GcoreImage { projectId } equivalents { imageId provider region { code } } } }\n    }\n  }\n"): (typeof documents)["\n  query EquivalentPlaces($filter: ImageFilter) {\n    images(filter: $filter) {\n      edges { node { imageId name visibility region { code } ... on GcoreImage { projectId } equivalents { imageId provider region { code } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartialSearch {\n    images { totalCount edges { node { provider region { code } } } coverage { requested answered complete failed { provider region projectId code retryable retryAfterSeconds } } }\n  }\n"): (typeof documents)["\n  query PartialSearch {\n    images { totalCount edges { node { provider region { code } } } coverage { requested answered complete failed { provider region projectId code retryable retryAfterSeconds } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartialEverything {\n    images(first: 1) { totalCount coverage { answered } }\n    latestImage(filter: { distributions: [\"ubuntu\"] }) { image { imageId } coverage { answered } }\n    imageFamilies(filter: { distributions: [\"debian\"] }) { coverage { answered } }\n  }\n"): (typeof documents)["\n  query PartialEverything {\n    images(first: 1) { totalCount coverage { answered } }\n    latestImage(filter: { distributions: [\"ubuntu\"] }) { image { imageId } coverage { answered } }\n    imageFamilies(filter: { distributions: [\"debian\"] }) { coverage { answered } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartialTwoSearches {\n    a: images(filter: { regions: [\"LON1\"] }) { totalCount coverage { failed { region } } }\n    b: images(filter: { regions: [\"LON1\", \"FRA1\"], distributions: [\"ubuntu\"] }) {\n      coverage { failed { region } }\n      edges { node { imageId equivalents(providers: [CIVO]) { imageId } } }\n    }\n  }\n"): (typeof documents)["\n  query PartialTwoSearches {\n    a: images(filter: { regions: [\"LON1\"] }) { totalCount coverage { failed { region } } }\n    b: images(filter: { regions: [\"LON1\", \"FRA1\"], distributions: [\"ubuntu\"] }) {\n      coverage { failed { region } }\n      edges { node { imageId equivalents(providers: [CIVO]) { imageId } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($filter: ImageFilter, $orderBy: [ImageOrder!], $first: Int, $after: String, $last: Int, $before: String) {\n    images(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id imageId provider name distribution version architecture status visibility createdAt region { code } } }\n      coverage { requested answered complete failed { provider region projectId code } }\n      facets {\n        distributions { value count } versions { value count } architectures { value count }\n        osTypes { value count } providers { value count } regions { value count }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($filter: ImageFilter, $orderBy: [ImageOrder!], $first: Int, $after: String, $last: Int, $before: String) {\n    images(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id imageId provider name distribution version architecture status visibility createdAt region { code } } }\n      coverage { requested answered complete failed { provider region projectId code } }\n      facets {\n        distributions { value count } versions { value count } architectures { value count }\n        osTypes { value count } providers { value count } regions { value count }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GcoreFilteredAndById($regionId: Int!, $imageId: ID!) {\n    gcoreImages(regionId: $regionId, osDistro: \"ubuntu\") { imageId osDistro }\n    gcoreImage(regionId: $regionId, imageId: $imageId) { imageId name }\n  }\n"): (typeof documents)["\n  query GcoreFilteredAndById($regionId: Int!, $imageId: ID!) {\n    gcoreImages(regionId: $regionId, osDistro: \"ubuntu\") { imageId osDistro }\n    gcoreImage(regionId: $regionId, imageId: $imageId) { imageId name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GcoreFilteredOnly($regionId: Int!) { gcoreImages(regionId: $regionId, osDistro: \"ubuntu\") { imageId } }\n"): (typeof documents)["\n  query GcoreFilteredOnly($regionId: Int!) { gcoreImages(regionId: $regionId, osDistro: \"ubuntu\") { imageId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CivoCustomAndById($region: String!, $id: ID!) {\n    civoDiskImages(region: $region, custom: true) { imageId createdBy }\n    civoDiskImage(region: $region, id: $id) { imageId name }\n  }\n"): (typeof documents)["\n  query CivoCustomAndById($region: String!, $id: ID!) {\n    civoDiskImages(region: $region, custom: true) { imageId createdBy }\n    civoDiskImage(region: $region, id: $id) { imageId name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageWithEquivalents($filter: ImageFilter) {\n    images(filter: $filter, first: 4) { totalCount edges { node { imageId equivalents { imageId provider region { code } } } } }\n  }\n"): (typeof documents)["\n  query PageWithEquivalents($filter: ImageFilter) {\n    images(filter: $filter, first: 4) { totalCount edges { node { imageId equivalents { imageId provider region { code } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageWithoutEquivalents($filter: ImageFilter) { images(filter: $filter, first: 4) { totalCount edges { node { imageId } } } }\n"): (typeof documents)["\n  query PageWithoutEquivalents($filter: ImageFilter) { images(filter: $filter, first: 4) { totalCount edges { node { imageId } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchLatestFamilies {\n    images(filter: { distributions: [\"ubuntu\"] }, first: 2) { totalCount }\n    latestImage(filter: { distributions: [\"ubuntu\"], versions: [\"22.04\"] }) { image { imageId } candidateCount }\n    imageFamilies(filter: { distributions: [\"debian\"] }) { families { key } }\n  }\n"): (typeof documents)["\n  query SearchLatestFamilies {\n    images(filter: { distributions: [\"ubuntu\"] }, first: 2) { totalCount }\n    latestImage(filter: { distributions: [\"ubuntu\"], versions: [\"22.04\"] }) { image { imageId } candidateCount }\n    imageFamilies(filter: { distributions: [\"debian\"] }) { families { key } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BareMetalIds($filter: ImageFilter) { images(filter: $filter) { edges { node { id imageId } } } }\n"): (typeof documents)["\n  query BareMetalIds($filter: ImageFilter) { images(filter: $filter) { edges { node { id imageId } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesById($ids: [ID!]!) { nodes(ids: $ids) { id ... on GcoreImage { imageId isBaremetal } } }\n"): (typeof documents)["\n  query NodesById($ids: [ID!]!) { nodes(ids: $ids) { id ... on GcoreImage { imageId isBaremetal } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NamedSearch($filter: ImageFilter) {\n    images(filter: $filter) {\n      totalCount\n      edges { node { provider region { code } } }\n      coverage { requested answered complete failed { provider region projectId code } }\n    }\n  }\n"): (typeof documents)["\n  query NamedSearch($filter: ImageFilter) {\n    images(filter: $filter) {\n      totalCount\n      edges { node { provider region { code } } }\n      coverage { requested answered complete failed { provider region projectId code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CivoOnly($region: String) { civoDiskImages(region: $region) { imageId } }\n"): (typeof documents)["\n  query CivoOnly($region: String) { civoDiskImages(region: $region) { imageId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GcoreOnly($regionId: Int!) { gcoreImages(regionId: $regionId) { imageId } }\n"): (typeof documents)["\n  query GcoreOnly($regionId: Int!) { gcoreImages(regionId: $regionId) { imageId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BothClouds($region: String, $regionId: Int!) {\n    civoDiskImages(region: $region) { imageId }\n    gcoreImages(regionId: $regionId) { imageId }\n  }\n"): (typeof documents)["\n  query BothClouds($region: String, $regionId: Int!) {\n    civoDiskImages(region: $region) { imageId }\n    gcoreImages(regionId: $regionId) { imageId }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;