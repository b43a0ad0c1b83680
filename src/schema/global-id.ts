import { isObjectType, type GraphQLSchema } from 'graphql';
import { badUserInput } from '../errors.js';

/**
 * Global IDs are base64url of `Typename:localId`. The local id of a partitioned object spells
 * out its partition (`LON1:<uuid>`, `<project>:<region>:<uuid>`) because native ids are only
 * unique within one. Clients must treat them as opaque.
 */
export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${String(id)}`, 'utf8').toString('base64url');
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const invalid = () => badUserInput(`"${truncate(globalId)}" is not a valid global ID.`, { argument: 'id' });
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
export function assertFetchableGlobalId(schema: GraphQLSchema, typename: string, globalId: string, argument: string): void {
  const type = schema.getType(typename);
  const fetchable = isObjectType(type) && type.getInterfaces().some((implemented) => implemented.name === NODE_INTERFACE);
  if (!fetchable) throw badUserInput(`"${truncate(globalId)}" is not a valid global ID.`, { argument });
}

/** The Relay interface every fetchable object implements (the relay plugin's default name). */
export const NODE_INTERFACE = 'Node';

/** Long enough for every id this service issues (a Gcore image's is about 110 characters). */
function truncate(value: string): string {
  return value.length > 160 ? `${value.slice(0, 157)}...` : value;
}
