import { readFileSync } from 'node:fs';
import { getNamedType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import codegen from '../../codegen.js';
import { schema } from '../../src/schema/index.js';

/**
 * README's "Use it from a frontend" recipes stay true to the schema: the pagination policy names
 * every connection with its key arguments, the scalar mapping covers every custom scalar (and
 * is the one our own codegen uses), and schema/possible-types.json lists every interface.
 */
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Use it from a frontend'), readme.indexOf('## Errors'));
const PAGING = new Set(['first', 'after', 'last', 'before']);

describe('README, "Use it from a frontend"', () => {
  it('puts relayStylePagination on every connection field, keyed by its non-paging arguments', () => {
    const policies = [...section.matchAll(/(\w+): relayStylePagination\(\[([^\]]*)\]\)/g)].map(([, field, keys]) => [
      field,
      [...keys!.matchAll(/'(\w+)'/g)].map(([, key]) => key).sort(),
    ]);
    const connections = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
      .map((field) => [
        field.name,
        field.args
          .map((arg) => arg.name)
          .filter((name) => !PAGING.has(name))
          .sort(),
      ]);
    expect(connections.length).toBeGreaterThan(0);
    expect(policies).toEqual(connections);
  });

  it('maps every custom scalar for codegen, as our own codegen.ts does', () => {
    const snippet = /scalars: \{([^}]*)\}/.exec(section)![1]!;
    const mapping = Object.fromEntries(
      [...snippet.matchAll(/(\w+): '(\w+)'/g)].map(([, scalar, type]) => [scalar, type]),
    );
    const custom = Object.values(schema.getTypeMap())
      .filter((type) => isScalarType(type) && !isSpecifiedScalarType(type))
      .map((type) => type.name)
      .sort();
    expect(Object.keys(mapping).sort()).toEqual(custom);
    expect(mapping).toEqual({ DateTime: 'string', SafeInt: 'number' });
    const ours = (codegen.generates['test/gql/'] as { config: { scalars: Record<string, string> } }).config.scalars;
    expect(ours).toEqual(mapping);
  });

  it('schema/possible-types.json lists the implementations of every interface', () => {
    const file = JSON.parse(readFileSync('schema/possible-types.json', 'utf8')) as {
      possibleTypes: Record<string, string[]>;
    };
    const expected: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap()))
      if (isInterfaceType(type) && !type.name.startsWith('__'))
        expected[type.name] = schema
          .getPossibleTypes(type)
          .filter(isObjectType)
          .map((object) => object.name)
          .sort();
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(['DiskImage', 'Node', 'Region']));
    expect(file.possibleTypes).toEqual(expected);
  });
});
