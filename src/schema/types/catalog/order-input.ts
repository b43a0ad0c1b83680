import type { OrderDirection, OrderField, OrderTerm } from '../../../catalog/image-order.js';
import { DEFAULT_ORDER } from '../../../catalog/image-order.js';
import { badUserInput } from '../../../errors.js';
import { builder } from '../../builder.js';

const ImageOrderFieldEnum = builder.enumType('ImageOrderField', {
  description: 'What to sort images by.',
  values: {
    NAME: { value: 'NAME' as OrderField, description: 'Image name, natural order (`debian-9` before `debian-10`).' },
    DISTRIBUTION: { value: 'DISTRIBUTION' as OrderField, description: 'Distribution name.' },
    VERSION: {
      value: 'VERSION' as OrderField,
      description: 'Version-aware: 9 < 10, 20.04 < 22.04, 24.04 < 24.04.1, `22.04` < `22.04-cuda12-2`.',
    },
    CREATED_AT: { value: 'CREATED_AT' as OrderField, description: 'Creation time.' },
    PROVIDER: { value: 'PROVIDER' as OrderField, description: 'Cloud provider.' },
    REGION: { value: 'REGION' as OrderField, description: 'Region code.' },
  },
});

const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Sort direction. Unknown values (no version, no creation time) come last either way.',
  values: {
    ASC: { value: 'ASC' as OrderDirection, description: 'Smallest / oldest first.' },
    DESC: { value: 'DESC' as OrderDirection, description: 'Largest / newest first.' },
  },
});

export const ImageOrderInput = builder.inputType('ImageOrder', {
  description:
    'One sort key. Several apply in order; ties always end in provider, region and id, so the order is total and cursors are stable.',
  fields: (t) => ({
    field: t.field({ type: ImageOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'ASC', description: 'Direction (default ASC).' }),
  }),
});

export function toOrderTerms(
  input: { field: OrderField; direction?: OrderDirection | null }[] | null | undefined,
): OrderTerm[] {
  if (!input) return DEFAULT_ORDER;
  if (input.length === 0 || input.length > 6)
    throw badUserInput('orderBy takes 1 to 6 terms.', { argument: 'orderBy' });
  return input.map(({ field, direction }) => ({ field, direction: direction ?? 'ASC' }));
}
