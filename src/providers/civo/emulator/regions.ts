import type { CivoApiRegion, CivoRegionFeatures } from '../api-types.js';

/**
 * Civo's regions as `GET /v2/regions` lists them. Codes are lower case, as the current
 * region list and the CLI show them (the docs write them upper case; clients must match
 * either). Features vary so clients cannot assume every region offers everything.
 */

function features(overrides: Partial<CivoRegionFeatures>): CivoRegionFeatures {
  return {
    iaas: true,
    kubernetes: true,
    object_store: true,
    loadbalancer: true,
    gpu: false,
    dbaas: true,
    volume: true,
    paas: false,
    public_ip_node_pools: false,
    ...overrides,
  };
}

export const CIVO_REGION_DATA: CivoApiRegion[] = [
  {
    code: 'lon1',
    name: 'London 1',
    type: 'civostack',
    out_of_capacity: false,
    country: 'GB',
    country_name: 'United Kingdom',
    features: features({ gpu: true, paas: true, public_ip_node_pools: true }),
    default: true,
  },
  {
    code: 'fra1',
    name: 'Frankfurt 1',
    type: 'civostack',
    out_of_capacity: false,
    country: 'DE',
    country_name: 'Germany',
    features: features({ public_ip_node_pools: true }),
    default: false,
  },
  {
    code: 'nyc1',
    name: 'New York 1',
    type: 'civostack',
    out_of_capacity: false,
    country: 'US',
    country_name: 'United States',
    features: features({ gpu: true }),
    default: false,
  },
  {
    code: 'phx1',
    name: 'Phoenix 1',
    type: 'civostack',
    out_of_capacity: false,
    country: 'US',
    country_name: 'United States',
    features: features({ dbaas: false, object_store: false }),
    default: false,
  },
  {
    code: 'mum1',
    name: 'Mumbai 1',
    type: 'civostack',
    out_of_capacity: true,
    country: 'IN',
    country_name: 'India',
    features: features({ dbaas: false, loadbalancer: true, kubernetes: true, volume: false }),
    default: false,
  },
];
