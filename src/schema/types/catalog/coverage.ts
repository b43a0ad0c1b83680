import type { Coverage, PartitionFailure, RefreshError, StalePartition } from '../../../catalog/partitions.js';
import type { Context } from '../../../context.js';
import { builder } from '../../builder.js';
import { CloudProviderEnum } from '../image-enums.js';

export const PartitionFailureRef = builder.objectRef<PartitionFailure>('PartitionFailure').implement({
  description:
    'A partition (Civo region, Gcore project × region) whose images are missing from the answer, and why; or a larger part that could not be asked at all: ' +
    'a whole provider (not configured, or its discovery failed), or a Gcore project or region that discovery does not list (one entry, not one per partition).',
  fields: (t) => ({
    provider: t.field({ type: CloudProviderEnum, description: 'The cloud.', resolve: (failure) => failure.provider }),
    region: t.string({
      nullable: true,
      description:
        'Region code; null when a whole provider failed (not configured, or its region/project discovery failed) or a whole Gcore project (not listed by discovery).',
      resolve: (failure) => failure.region,
    }),
    projectId: t.int({
      nullable: true,
      description:
        'Gcore project id; null for Civo, for a whole provider, and for a Gcore region that discovery does not list (it fails once, for every project).',
      resolve: (failure) => failure.projectId,
    }),
    code: t.string({
      description: 'The error code, as in `errors[].extensions.code` (e.g. UPSTREAM_RATE_LIMITED).',
      resolve: (failure) => String(failure.error.extensions.code),
    }),
    message: t.string({ description: 'What went wrong, for people.', resolve: (failure) => failure.error.message }),
    retryable: t.boolean({
      description: 'Asking again later may succeed (rate limits, outages).',
      resolve: (failure) => failure.error.extensions.retryable === true,
    }),
    retryAfterSeconds: t.int({
      nullable: true,
      description: 'How long the upstream asked us to wait, when it said.',
      resolve: (failure) =>
        typeof failure.error.extensions.retryAfterSeconds === 'number'
          ? failure.error.extensions.retryAfterSeconds
          : null,
    }),
  }),
});

export const RefreshErrorRef = builder.objectRef<RefreshError>('RefreshError').implement({
  description:
    'Why a stale listing could not be refreshed: the same code and message the partition would have failed with.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'As in `errors[].extensions.code` (e.g. UPSTREAM_UNAVAILABLE).' }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'What went wrong on the wire (TIMEOUT, HTTP_STATUS, CIRCUIT_OPEN…), when known.',
    }),
    message: t.exposeString('message', { description: 'What went wrong, for people.' }),
  }),
});

export const StalePartitionRef = builder.objectRef<StalePartition>('StalePartition').implement({
  description:
    'A partition answered from a listing older than CATALOG_TTL_SECONDS: its images are in the answer, as of `asOf`. ' +
    'A frontend can say "Frankfurt as of 2 h ago".',
  fields: (t) => ({
    provider: t.field({
      type: CloudProviderEnum,
      description: 'The cloud.',
      resolve: (stale) => stale.partition.provider,
    }),
    region: t.string({ description: 'Region code.', resolve: (stale) => stale.partition.region }),
    projectId: t.int({
      nullable: true,
      description: 'Gcore project id; null for Civo.',
      resolve: (stale) => stale.partition.projectId,
    }),
    asOf: t.field({
      type: 'DateTime',
      description: 'When the upstream sent the listing served.',
      resolve: (stale) => new Date(stale.asOf),
    }),
    ageSeconds: t.int({
      description: 'How old the listing was when this answer was built, in whole seconds.',
      resolve: (stale) => Math.floor((Date.now() - stale.asOf) / 1000),
    }),
    refreshError: t.field({
      type: RefreshErrorRef,
      nullable: true,
      description:
        'Why it could not be refreshed (the upstream failed, or its circuit is open); null while a refresh is only due or running in the background.',
      resolve: (stale) => stale.refreshError,
    }),
  }),
});

export const CoverageRef = builder.objectRef<Coverage>('Coverage').implement({
  description:
    'How much of the catalog an answer covers: show "2 of 9 regions missing" instead of a silently short list.',
  fields: (t) => ({
    requested: t.exposeInt('requested', {
      description:
        'Partitions the search needed: those it asked, plus one per entry of `failed` that could not be asked at all (a whole provider, or a Gcore project or region discovery does not list, each counted once). ' +
        'So `requested` = `answered` + the length of `failed`.',
    }),
    answered: t.exposeInt('answered', { description: 'Partitions that answered; their images are all in the result.' }),
    failed: t.field({
      type: [PartitionFailureRef],
      description: 'Partitions that did not answer (each also listed in `errors`, under this root field’s path).',
      resolve: (coverage) => coverage.failed,
    }),
    complete: t.boolean({
      description:
        'Every requested partition answered, from the catalog cache or upstream. Some may have answered from a stale listing: see `stale` and `fresh`.',
      resolve: (coverage) => coverage.failed.length === 0,
    }),
    fresh: t.boolean({
      description: '`complete`, and no partition answered from a stale listing.',
      resolve: (coverage) => coverage.failed.length === 0 && coverage.stale.length === 0,
    }),
    stale: t.field({
      type: [StalePartitionRef],
      description:
        'Partitions answered from a listing older than CATALOG_TTL_SECONDS (a refresh is due, running, or failing and served stale for up to CATALOG_MAX_STALE_SECONDS), oldest first. They count as answered.',
      resolve: (coverage) => coverage.stale,
    }),
    asOf: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the oldest listing this answer was built from was fetched; null when no partition answered.',
      resolve: (coverage) => (coverage.asOf === null ? null : new Date(coverage.asOf)),
    }),
  }),
});

/**
 * Files a fan-out's failed partitions under the field's response path. The
 * partial-failures plugin adds them to `errors`, next to the data that did arrive.
 */
export function reportFailures(context: Context, path: readonly (string | number)[], coverage: Coverage): void {
  for (const failure of coverage.failed) context.partialFailures.push({ path, failure });
}
