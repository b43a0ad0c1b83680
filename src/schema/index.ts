import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
// Each module registers its type (and its query fields) on the builder when imported.
import './types/scalars.js';
import './types/image-enums.js';
import './types/region.js';
import './types/disk-image.js';
import '../providers/civo/graphql/civo-region.js';
import '../providers/civo/graphql/civo-disk-image.js';
import '../providers/gcore/graphql/gcore-region.js';
import '../providers/gcore/graphql/gcore-project.js';
import '../providers/gcore/graphql/gcore-image.js';
import './types/catalog/images-query.js';
import './types/catalog/latest-image.js';
import './types/catalog/image-family.js';

builder.queryType({
  description: 'Disk/OS image catalogs of Civo and Gcore, normalised behind the DiskImage interface.',
});

/** The executable schema, sorted so the printed SDL in schema/ diffs cleanly. */
export const schema: GraphQLSchema = lexicographicSortSchema(builder.toSchema());
