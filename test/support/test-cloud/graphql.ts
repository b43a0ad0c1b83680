import { badUserInput } from '../../../src/errors.js';
import { builder } from '../../../src/schema/builder.js';
import { DiskImageRef } from '../../../src/schema/types/disk-image.js';
import { RegionRef } from '../../../src/schema/types/region.js';
import { requireTestCloud, TEST_CLOUD, type TestCloudImage, type TestCloudRegion } from './provider.js';

/** The test cloud's GraphQL types: an image and a region, both fetchable by global id. */
const TestCloudImageRef = builder.objectRef<TestCloudImage>('TestCloudImage');
const TestCloudRegionRef = builder.objectRef<TestCloudRegion>('TestCloudRegion');

builder.node(TestCloudImageRef, {
  description: 'An image of the test-only cloud.',
  interfaces: [DiskImageRef],
  id: {
    resolve: (image) => `${image.regionCode}:${image.imageId}`,
    parse: (id) => {
      const [region, imageId] = id.split(':');
      if (!region || !imageId) throw badUserInput('Not a TestCloudImage id.', { argument: 'id' });
      return { region, imageId };
    },
  },
  loadOne: ({ region, imageId }, context) => requireTestCloud(context).loaders.image(region, imageId),
  isTypeOf: (value) => (value as TestCloudImage).provider === TEST_CLOUD && 'imageId' in (value as TestCloudImage),
  fields: (t) => ({
    distro: t.string({ nullable: true, description: 'Raw `distro`.', resolve: (image) => image.raw.distro }),
  }),
});

builder.node(TestCloudRegionRef, {
  description: 'A region of the test-only cloud.',
  interfaces: [RegionRef],
  id: { resolve: (region) => region.code, parse: (code) => code },
  loadOne: async (code, context) =>
    (await requireTestCloud(context).regions()).find((region) => region.code === code) ?? null,
  isTypeOf: (value) => (value as TestCloudRegion).provider === TEST_CLOUD && !('imageId' in (value as object)),
  fields: () => ({}),
});
