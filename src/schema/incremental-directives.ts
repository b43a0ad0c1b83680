import {
  DirectiveLocation,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLString,
} from 'graphql';

/**
 * @defer and @stream as the incremental delivery proposal defines them (graphql-js 17's
 * definitions, which Yoga's defer-stream plugin also uses). They are part of the schema itself,
 * so schema/schema.graphql, which frontends' tools validate documents against, knows them as
 * the served schema does; the plugin then adds nothing and supplies their execution and rules.
 */
export const DeferDirective = new GraphQLDirective({
  name: 'defer',
  description:
    'Delivers this fragment in a later payload, once it is ready; the rest of the answer does not wait for it.',
  locations: [DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
  args: {
    if: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: true, description: 'Deferred only when true.' },
    label: { type: GraphQLString, description: 'Names the payload that delivers this fragment.' },
  },
});

export const StreamDirective = new GraphQLDirective({
  name: 'stream',
  description: 'Delivers this list\u2019s first `initialCount` items with its parent and the rest in later payloads.',
  locations: [DirectiveLocation.FIELD],
  args: {
    if: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: true, description: 'Streamed only when true.' },
    label: { type: GraphQLString, description: 'Names the payloads that deliver the streamed items.' },
    initialCount: {
      type: GraphQLInt,
      defaultValue: 0,
      description: 'How many items come with the parent, before streaming.',
    },
  },
});
