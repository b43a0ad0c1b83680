import { DateTimeResolver, SafeIntResolver } from 'graphql-scalars';
import { builder } from '../builder.js';

// graphql-scalars' implementations are well-tested parsers/serialisers; hand-written ones
// would only re-derive their edge cases (offsets, 2^53 bounds).
builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'An instant in time, serialised as an ISO 8601 / RFC 3339 string in UTC, e.g. 2024-05-05T14:51:26.570Z.',
});

builder.addScalarType('SafeInt', SafeIntResolver, {
  description:
    'A whole number within ±(2^53 − 1), the range JSON numbers carry exactly. Used for byte sizes, which exceed the 32-bit Int.',
});
