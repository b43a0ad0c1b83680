import { isObjectType, type GraphQLSchema } from 'graphql';
import { badUserInput } from '../errors.js';
import { shorten } from './arguments.js';

/** Long enough to show every id this service issues (a Gcore image's is about 110 characters). */
const MAX_SHOWN_ID = 160;

/**
 * Global IDs are base64url of `Typename:localId`. The local id of a partitioned object spells
 * out its partition (`LON1:<uuid>`, `<project>:<region>:<uuid>`) because native ids are only
 * unique within one. Clients must treat them as opaque.
 */
export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${String(id)}`, 'utf8').toString('base64url');
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const invalid = () =>
    badUserInput(`"${shorten(globalId, MAX_SHOWN_ID)}" is not a valid global ID.`, { argument: 'id' });
  if (!/^[A-Za-z0-9_-]{1,700}={0,2}$/.test(globalId)) throw invalid();
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0 || separator === decoded.length - 1) throw invalid();
  const typename = decoded.slice(0, separator);
  if (!/^[A-Z][A-Za-z]+$/.test(typename)) throw invalid();
  return { typename, id: decoded.slice(separator + 1) };
}

/**
 * Refuses a well-formed global id whose typename is not an object type implementing `Node`
 * in `schema` (an unknown name, the Query root, PageInfo, an interface such as DiskImage…):
 * only those types can be fetched by id. The same BAD_USER_INPUT as a malformed id, naming
 * the id as the client sent it.
 */
export function assertFetchableGlobalId(
  schema: GraphQLSchema,
  typename: string,
  globalId: string,
  argument: string,
): void {
  if (!isNodeType(schema, typename))
    throw badUserInput(`"${shorten(globalId, MAX_SHOWN_ID)}" is not a valid global ID.`, { argument });
}

function isNodeType(schema: GraphQLSchema, typename: string): boolean {
  const type = schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((implemented) => implemented.name === NODE_INTERFACE);
}

/**
 * Refuses a global id passed where a native id is expected (`civoDiskImage(id:)`,
 * `gcoreImage(imageId:)`): it would only ever answer null. A value counts as a global id when
 * it decodes to a Node type of `schema`. Native ids are uuids (hex digits and dashes, either
 * case): their base64url decoding can never start with the upper-case letter a typename
 * needs, so a real native id never misfires.
 */
export function assertNotGlobalId(schema: GraphQLSchema, value: string, argument: string): void {
  let typename: string;
  try {
    typename = decodeGlobalId(value).typename;
  } catch {
    return;
  }
  if (!isNodeType(schema, typename)) return;
  throw badUserInput(
    `"${shorten(value, MAX_SHOWN_ID)}" is a global ID (of a ${typename}), not a native id: fetch it with node(id:), or pass the object's native id (imageId) here.`,
    { argument, typename },
  );
}

/** The Relay interface every fetchable object implements (the relay plugin's default name). */
export const NODE_INTERFACE = 'Node';
