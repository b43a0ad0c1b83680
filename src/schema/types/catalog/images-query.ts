import { computeFacets, type Facets } from '../../../catalog/facets.js';
import { sortImages } from '../../../catalog/image-order.js';
import { MAX_PAGE_SIZE, pageWindow, paginate } from '../../../catalog/paginate.js';
import type { Coverage } from '../../../catalog/partitions.js';
import { searchCatalog } from '../../../catalog/search.js';
import type { DiskImage } from '../../../catalog/disk-image.js';
import { builder } from '../../builder.js';
import { DiskImageRef } from '../disk-image.js';
import { CoverageRef, reportFailures } from './coverage.js';
import { ImageFacetsRef } from './facets.js';
import { ImageFilterInput, toImageFilter } from './image-filter-input.js';
import { ImageOrderInput, toOrderTerms } from './order-input.js';
import { pathOf } from './path.js';

/** What the connection's own fields read, besides edges and pageInfo. */
interface ImageConnectionExtras {
  totalCount: number;
  filtered: DiskImage[];
  coverage: Coverage;
}

builder.queryFields((t) => {
  const images = t.connection(
    {
      type: DiskImageRef,
      // Root fields are nullable: one failing field must not null the whole response.
      nullable: true,
      description:
        'Search every configured partition (all Civo regions, all Gcore projects × regions) or the ones the filter names, in one round trip. ' +
        'Partitions are fetched in parallel, one upstream call each; a failing partition costs only its own images and is listed in `coverage.failed` and `errors`. ' +
        'Each image is one row: a Gcore public image, listed in every project with one id, is returned once (from the first configured project).',
      args: {
        filter: t.arg({ type: ImageFilterInput, description: 'What to return. Default: every AVAILABLE image.' }),
        orderBy: t.arg({
          type: [ImageOrderInput],
          description: 'Sort keys, applied in order. Default: provider, region, name.',
        }),
      },
      resolve: async (_root, args, context, info) => {
        const filter = toImageFilter(args.filter);
        const terms = toOrderTerms(args.orderBy);
        // Bad paging arguments must cost nothing: check them before any upstream call.
        const window = pageWindow(args, terms);
        const { images, coverage } = await searchCatalog(context, filter);
        reportFailures(context, pathOf(info), coverage);
        const page = paginate(sortImages(images, terms), terms, window);
        const extras: ImageConnectionExtras = { totalCount: images.length, filtered: images, coverage };
        return { ...page, ...extras };
      },
    },
    {
      name: 'ImageConnection',
      description: 'A page of a cross-cloud image search, with totals, facets and coverage of the whole result.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'Images matching the filter, across all pages, each counted once.',
          resolve: (connection) => connection.totalCount,
        }),
        facets: c.field({
          type: ImageFacetsRef,
          description:
            'Counts per distribution, version, architecture, OS, provider and region over the whole filtered result.',
          resolve: (connection): Facets => computeFacets(connection.filtered),
        }),
        coverage: c.field({
          type: CoverageRef,
          description: 'Which partitions answered.',
          resolve: (connection) => connection.coverage,
        }),
      }),
    },
    { name: 'ImageEdge', description: 'An image in a search result, with its cursor.' },
  );
  // The relay plugin's paging arguments, with what this connection does with them.
  images.updateConfig((config) => ({
    ...config,
    args: {
      ...config.args,
      first: {
        ...config.args.first!,
        description:
          `Return at most this many images (0 to ${MAX_PAGE_SIZE}) from the start of the window (after \`after\`, if given). ` +
          'Leave out both `first` and `last` to get every matching image.',
      },
      last: {
        ...config.args.last!,
        description:
          `Return at most this many images (0 to ${MAX_PAGE_SIZE}) from the end of the window (before \`before\`, if given). Not with \`first\`. ` +
          'Leave out both `first` and `last` to get every matching image.',
      },
    },
  }));
  return { images };
});
