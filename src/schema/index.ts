import { isObjectType, lexicographicSortSchema, specifiedDirectives, type GraphQLSchema } from 'graphql';
// The built-in providers register (their GraphQL types included) before the schema is built.
import '../providers/index.js';
import { sealProviders, type ProviderPlugin } from '../providers/plugin.js';
import { builder } from './builder.js';
import { DeferDirective, StreamDirective } from './incremental-directives.js';
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
const providers = sealProviders();
defineCloudProviderEnum(providers);

/** The executable schema, sorted so the printed SDL in schema/ diffs cleanly. */
export const schema: GraphQLSchema = checkProvidersWired(
  lexicographicSortSchema(builder.toSchema({ directives: [...specifiedDirectives, DeferDirective, StreamDirective] })),
  providers,
);

/**
 * A provider whose types are missing or do not implement DiskImage / Region would only fail
 * when a query resolves one of its images: fail when the schema is built instead (at start-up,
 * and in every test run), naming what is wrong.
 */
function checkProvidersWired(built: GraphQLSchema, registered: readonly ProviderPlugin[]): GraphQLSchema {
  for (const provider of registered) {
    for (const [typeName, iface] of [
      [provider.imageType, 'DiskImage'],
      [provider.regionType, 'Region'],
    ] as const) {
      const type = built.getType(typeName);
      if (!isObjectType(type) || !type.getInterfaces().some((candidate) => candidate.name === iface))
        throw new Error(
          `Provider ${provider.name}: ${typeName} is not an object type implementing ${iface} (is its graphql/ module imported by its provider.ts?).`,
        );
    }
  }
  return built;
}
