import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId } from '../../src/schema/global-id.js';

describe('global ids', () => {
  it('round-trips type and partitioned local id, opaquely', () => {
    const id = encodeGlobalId('GcoreImage', '1000001:76:0b5c-uuid');
    expect(id).not.toContain('GcoreImage');
    expect(decodeGlobalId(id)).toEqual({ typename: 'GcoreImage', id: '1000001:76:0b5c-uuid' });
  });

  it.each([
    ['!!!'],
    [''],
    [Buffer.from('nocolon').toString('base64url')],
    [Buffer.from('lower:x').toString('base64url')],
  ])('refuses %j as BAD_USER_INPUT', (input) => {
    let error: unknown;
    try {
      decodeGlobalId(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });
});
