/**
 * Fails when schema/schema.graphql breaks clients of the last release (schema/released.graphql):
 * a removed field, a type change, a new required argument… Dangerous changes (a new enum value,
 * a changed default) are printed but pass. graphql-js's own findBreakingChanges is the check
 * GraphQL Inspector runs underneath, without another dependency.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

const load = (path: string) => buildSchema(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
const released = load('schema/released.graphql');
const current = load('schema/schema.graphql');

for (const change of findDangerousChanges(released, current)) console.log(`dangerous: ${change.description}`);
const breaking = findBreakingChanges(released, current);
for (const change of breaking) console.error(`BREAKING (${change.type}): ${change.description}`);
if (breaking.length > 0) {
  console.error(
    `${breaking.length} breaking change(s) against schema/released.graphql: deprecate and add instead of changing.`,
  );
  process.exit(1);
}
console.log('schema: no breaking change against the last release');
