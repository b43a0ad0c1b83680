import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
// The built-in providers register (their GraphQL types included) before the schema is built.
import '../providers/index.js';
import { sealProviders } from '../providers/plugin.js';
import { builder } from './builder.js';
import { defineCloudProviderEnum } from './types/image-enums.js';
// Each module registers its type (and its query fields) on the builder when imported.
import './types/scalars.js';
import './types/region.js';
import './types/disk-image.js';
import './types/catalog/images-query.js';
import './types/catalog/latest-image.js';
import './types/catalog/image-family.js';

builder.queryType({
  description: 'Disk/OS image catalogs of Civo and Gcore, normalised behind the DiskImage interface.',
});

// Every provider registered by now is in the schema; none can be added after.
defineCloudProviderEnum(sealProviders());

/** The executable schema, sorted so the printed SDL in schema/ diffs cleanly. */
export const schema: GraphQLSchema = lexicographicSortSchema(builder.toSchema());
