import SchemaBuilder from '@pothos/core';
import RelayPlugin, { resolveNodes } from '@pothos/plugin-relay';
import { getArgumentValues, GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import { assertFetchableGlobalId, decodeGlobalId, encodeGlobalId } from './global-id.js';

/**
 * The one Pothos builder. It declares no types itself: each GraphQL type lives in its own
 * module under schema/types, which registers its fields (and its query fields) here.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    SafeInt: { Input: number; Output: number };
    ID: { Input: string; Output: string };
  };
  // Non-null unless a field says otherwise: nullability is part of each field's contract.
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    nodeTypeOptions: { description: 'An object with a globally unique, opaque ID (Relay).' },
    pageInfoTypeOptions: { description: 'Where a connection page sits in the whole result (Relay).' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID: a disk image, region or project of any provider.',
      args: { id: { description: 'A global ID, as an `id` field of any object answered it.' } },
      // Only object types implementing Node can be fetched; any other well-formed id is the client's mistake.
      resolve: (_root, args, _context, info, resolveNode) => {
        assertFetchableGlobalId(info.schema, args.id.typename, rawArgument<string>(info, 'id'), 'id');
        return resolveNode(args.id);
      },
    },
    nodesQueryOptions: {
      description:
        'Fetches several objects by global ID, in the order asked; null for ids that no longer exist, ' +
        'and null with its own error for an id whose lookup failed.',
      // A malformed id errors this field only (null, with a BAD_USER_INPUT naming the id), never the whole response.
      nullable: { list: true, items: true },
      args: { ids: { description: 'Global IDs, as `id` fields answered them. One invalid ID fails the whole field.' } },
      resolve: (_root, args, context, info) => {
        const sent = rawArgument<string[]>(info, 'ids');
        if (sent.length > context.maxNodeIds)
          throw new GraphQLError(
            `nodes takes at most ${context.maxNodeIds} ids (MAX_NODE_IDS); ${sent.length} were sent. Ask in several requests.`,
            { extensions: { code: ErrorCode.TOO_MANY_LOOKUPS, argument: 'ids', limit: context.maxNodeIds } },
          );
        args.ids.forEach((id, index) => assertFetchableGlobalId(info.schema, id.typename, sent[index] ?? '', 'ids'));
        return resolveEachNode(context, info, args.ids);
      },
    },
    idFieldOptions: {
      description: 'Globally unique, opaque ID: encodes the provider, the partition and the native id.',
    },
    // Connection arguments and fields (ImageConnection, ImageEdge, PageInfo).
    firstArgOptions: {
      description: 'Return at most this many items from the start of the window (after `after`, if given).',
    },
    lastArgOptions: {
      description:
        'Return at most this many items from the end of the window (before `before`, if given). Not with `first`.',
    },
    afterArgOptions: {
      description: 'Start after this cursor (an `endCursor` or edge `cursor` of a previous page of the same query).',
    },
    beforeArgOptions: {
      description: 'End before this cursor (a `startCursor` or edge `cursor` of a previous page of the same query).',
    },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: {
      description: 'Paging information: whether more pages exist and the cursors to reach them.',
    },
    nodeFieldOptions: { description: 'The item at this edge.' },
    cursorFieldOptions: {
      description: 'Opaque cursor of this item: pass it as `after` or `before` to page from here.',
    },
    hasNextPageFieldOptions: {
      description: 'More items follow this page (when paging forward with `first`, or before `before`).',
    },
    hasPreviousPageFieldOptions: {
      description: 'More items precede this page (when paging backward with `last`, or after `after`).',
    },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page; null when the page is empty.' },
  },
});

/**
 * `nodes`, one id at a time: a lookup that fails (its partition down or unknown, past
 * MAX_PARTITIONS_PER_QUERY) nulls only its own item, with its own error at ["nodes", i]. The
 * plugin's resolveNodes settles all ids with one Promise.all, so its first rejection would
 * null the whole list (and the callback it hands a custom resolver ignores its argument).
 * Every lookup still starts in this tick, so the per-partition loaders merge them into one
 * listing each, and ids the request already resolved come from the plugin's request cache.
 */
function resolveEachNode(
  context: Context,
  info: GraphQLResolveInfo,
  ids: readonly { typename: string; id: unknown }[],
): Promise<unknown>[] {
  return ids.map(async (id) => (await resolveNodes(builder, context, info, [id]))[0]);
}

/**
 * An argument of the field being resolved as the client sent it (before the relay plugin
 * decoded it), so errors name an id exactly as it was written.
 */
function rawArgument<T>(info: GraphQLResolveInfo, name: string): T {
  const field = info.parentType.getFields()[info.fieldName];
  const node = info.fieldNodes[0];
  if (!field || !node) throw new Error(`No definition for ${info.parentType.name}.${info.fieldName}`);
  return getArgumentValues(field, node, info.variableValues)[name] as T;
}
