import type { DiskImage } from '../../../catalog/disk-image.js';
import { pickLatest, type LatestPick, type LatestStrategy } from '../../../catalog/latest.js';
import type { Coverage } from '../../../catalog/partitions.js';
import { searchCatalog } from '../../../catalog/search.js';
import { builder } from '../../builder.js';
import { DiskImageRef } from '../disk-image.js';
import { CoverageRef, reportFailures } from './coverage.js';
import { ImageFilterInput, toImageFilter } from './image-filter-input.js';
import { pathOf } from './path.js';

const LatestStrategyEnum = builder.enumType('LatestStrategy', {
  description: 'What "latest" means.',
  values: {
    VERSION: {
      value: 'VERSION' as LatestStrategy,
      description:
        'Highest version (version-aware) among the preferred builds (see latestImage); ties go to the newest creation time.',
    },
    CREATED_AT: {
      value: 'CREATED_AT' as LatestStrategy,
      description:
        'Newest creation time among the preferred builds (see latestImage); unknown times last; ties go to the highest version.',
    },
  },
});

type LatestResult = LatestPick & { strategy: LatestStrategy; coverage: Coverage };

const LatestImageResultRef = builder.objectRef<LatestResult>('LatestImageResult').implement({
  description: 'The best match for a "latest" question, and why it won.',
  fields: (t) => ({
    image: t.field({
      type: DiskImageRef,
      nullable: true,
      description: 'The winner; null when nothing matches.',
      resolve: (result) => result.image,
    }),
    strategy: t.field({
      type: LatestStrategyEnum,
      description: 'The strategy used.',
      resolve: (result) => result.strategy,
    }),
    candidateCount: t.int({
      description:
        'Distinct images that matched the filter and were compared (a Gcore public image listed in several projects counts once).',
      resolve: (result) => result.candidates,
    }),
    tiedCount: t.int({
      description: 'Candidates equal to the winner on the strategy’s key (1 = a clear win).',
      resolve: (result) => result.tiedOnKey,
    }),
    runnerUp: t.field({
      type: DiskImageRef,
      nullable: true,
      description: 'The second-best candidate.',
      resolve: (result): DiskImage | null => result.runnerUp,
    }),
    reason: t.string({ description: 'Why the winner won, in words.', resolve: (result) => result.reason }),
    coverage: t.field({
      type: CoverageRef,
      description: 'Which partitions were compared; a failed one may hide a newer image.',
      resolve: (result) => result.coverage,
    }),
  }),
});

builder.queryFields((t) => ({
  latestImage: t.field({
    type: LatestImageResultRef,
    // Root fields are nullable: one failing field must not null the whole response.
    nullable: true,
    description:
      'The latest image matching a filter across every cloud and region, e.g. "latest Ubuntu 22.04 x86_64". ' +
      'Only PUBLIC (official) images compete unless filter.visibility names others, so a custom look-alike never wins by default. ' +
      'Before the strategy compares them, the preferred architecture (the first of filter.architectures, else X86_64) ranks first, then plain builds: ' +
      'a GPU build, a variant (a name extending another image’s, like `…-docker`) or another architecture wins only when nothing preferred matches. ' +
      'An image listed in several Gcore projects is one candidate.',
    args: {
      filter: t.arg({ type: ImageFilterInput, description: 'Which images compete.' }),
      strategy: t.arg({
        type: LatestStrategyEnum,
        defaultValue: 'VERSION',
        description: 'How to compare them (default VERSION).',
      }),
    },
    resolve: async (_root, args, context, info) => {
      const strategy = args.strategy ?? 'VERSION';
      const filter = toImageFilter(args.filter, { visibility: ['PUBLIC'] });
      const { images, coverage } = await searchCatalog(context, filter);
      reportFailures(context, pathOf(info), coverage);
      return {
        ...pickLatest(images, strategy, filter.architectures ? { architectures: filter.architectures } : {}),
        strategy,
        coverage,
      };
    },
  }),
}));
