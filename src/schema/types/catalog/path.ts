import type { GraphQLResolveInfo } from 'graphql';

/** The response path of the field being resolved (aliases included), as `errors[].path` wants it. */
export function pathOf(info: GraphQLResolveInfo): (string | number)[] {
  const path: (string | number)[] = [];
  for (let node: GraphQLResolveInfo['path'] | undefined = info.path; node; node = node.prev) path.unshift(node.key);
  return path;
}
