import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

/**
 * The README's GraphQL examples run against the demo catalog as printed, so the README
 * cannot drift from the schema. Blocks with `<placeholders>` are completed from real ids.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

interface Result {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

async function run(query: string): Promise<Result> {
  return (await (await stack.post({ query })).json()) as Result;
}

describe('README examples', () => {
  it('has the examples the issues ask for', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const field of ['images(', 'latestImage(', 'imageFamilies(', 'coverage', 'node('])
      expect(examples.some((example) => example.includes(field))).toBe(true);
  });

  it.each(examples.map((example, index) => [index + 1, example] as const))(
    'example %i runs without errors and answers data',
    async (_index, example) => {
      let query = example;
      if (query.includes('<')) {
        const ids = await run(
          '{ civoDiskImages(region: "LON1") { id imageId } gcoreImages(regionId: 76) { imageId } }',
        );
        const civo = (ids.data!.civoDiskImages as { id: string; imageId: string }[])[0]!;
        const gcore = (ids.data!.gcoreImages as { imageId: string }[])[0]!;
        query = query
          .replace('<civo uuid>', civo.imageId)
          .replace('<gcore uuid>', gcore.imageId)
          .replace('<id from any result>', civo.id);
      }
      const { data, errors } = await run(query);
      expect(errors).toBeUndefined();
      expect(Object.values(data ?? {}).every((value) => value !== null)).toBe(true);
    },
  );
});
