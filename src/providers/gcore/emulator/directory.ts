import type { GcoreApiProject, GcoreApiRegion } from '../api-types.js';

/**
 * The account's regions and projects as `GET /cloud/v1/regions` and `GET /cloud/v1/projects`
 * list them. Eleven regions (so a small page size pages them), six of them ACTIVE; states,
 * zones, coordinates and timestamps vary the way the real list does.
 */

/** The client (account) id; Gcore API tokens start with it (`29841_…`). */
export const GCORE_CLIENT_ID = 29841;

interface RegionSpec {
  id: number;
  name: string;
  keystone: string;
  country: string;
  zone: GcoreApiRegion['zone'];
  state?: GcoreApiRegion['state'];
  edge?: boolean;
  baremetal?: boolean;
  ai?: boolean;
  aiGpu?: boolean;
  k8s?: boolean;
  coordinates: [string, string] | null;
  created: string;
}

const REGION_SPECS: RegionSpec[] = [
  {
    id: 76,
    name: 'Luxembourg-2',
    keystone: 'ed-10',
    country: 'LU',
    zone: 'EMEA',
    baremetal: true,
    coordinates: ['49.6116', '6.1319'],
    created: '2019-11-06T13:01:12+0000',
  },
  {
    id: 148,
    name: 'Luxembourg-3',
    keystone: 'ed-16',
    country: 'LU',
    zone: 'EMEA',
    baremetal: true,
    ai: true,
    aiGpu: true,
    coordinates: ['49.6292', '6.2106'],
    created: '2023-02-14T09:21:45.114202',
  },
  {
    id: 160,
    name: 'Paris-3',
    keystone: 'ed-18',
    country: 'FR',
    zone: 'EMEA',
    coordinates: ['48.8566', '2.3522'],
    created: '2023-06-01T08:00:00+00:00',
  },
  {
    id: 180,
    name: 'Frankfurt-2',
    keystone: 'ed-20',
    country: 'DE',
    zone: 'EMEA',
    baremetal: true,
    ai: true,
    coordinates: ['50.1109', '8.6821'],
    created: '2023-11-20T10:30:00+00:00',
  },
  {
    id: 196,
    name: 'London-2',
    keystone: 'ed-22',
    country: 'GB',
    zone: 'EMEA',
    coordinates: null,
    created: '2024-05-02T07:45:13.000521',
  },
  {
    id: 104,
    name: 'Singapore-2',
    keystone: 'ed-14',
    country: 'SG',
    zone: 'APAC',
    baremetal: true,
    coordinates: ['1.3521', '103.8198'],
    created: '2022-08-30T04:10:00+0000',
  },
  {
    id: 184,
    name: 'Chester',
    keystone: 'ed-21',
    country: 'US',
    zone: 'AMERICAS',
    state: 'MAINTENANCE',
    baremetal: true,
    coordinates: ['39.8496', '-75.3557'],
    created: '2024-01-15T16:00:00+00:00',
  },
  {
    id: 172,
    name: 'San Jose',
    keystone: 'ed-19',
    country: 'US',
    zone: 'AMERICAS',
    state: 'NEW',
    ai: true,
    coordinates: ['37.3382', '-121.8863'],
    created: '2026-10-01T00:00:00',
  },
  {
    id: 34,
    name: 'Sao Paulo',
    keystone: 'ed-7',
    country: 'BR',
    zone: 'AMERICAS',
    state: 'INACTIVE',
    edge: true,
    k8s: false,
    coordinates: ['-23.5558', '-46.6396'],
    created: '2020-09-09T12:00:00+0000',
  },
  {
    id: 56,
    name: 'Almaty',
    keystone: 'ed-9',
    country: 'KZ',
    zone: 'RUSSIA_AND_CIS',
    state: 'INACTIVE',
    edge: true,
    k8s: false,
    coordinates: ['43.2220', '76.8512'],
    created: '2021-03-03T03:03:03.303030',
  },
  {
    id: 26,
    name: 'Dubai',
    keystone: 'ed-5',
    country: 'AE',
    zone: null,
    state: 'INACTIVE',
    edge: true,
    k8s: false,
    coordinates: null,
    created: '2020-06-16T11:11:11+00:00',
  },
];

export const GCORE_REGION_DATA: GcoreApiRegion[] = REGION_SPECS.map((spec) => ({
  id: spec.id,
  display_name: spec.name,
  slug: spec.name.toLowerCase().replace(/\s+/g, '-'),
  keystone_name: spec.keystone,
  keystone_id: spec.id + 1000,
  state: spec.state ?? 'ACTIVE',
  country: spec.country,
  zone: spec.zone,
  access_level: spec.edge ? 'edge' : 'core',
  endpoint_type: spec.edge ? 'internal' : 'public',
  has_basic_vm: true,
  has_baremetal: spec.baremetal ?? false,
  has_k8s: spec.k8s ?? true,
  has_kvm: true,
  has_ai: spec.ai ?? false,
  has_ai_gpu: spec.aiGpu ?? false,
  coordinates: spec.coordinates ? { latitude: spec.coordinates[0], longitude: spec.coordinates[1] } : null,
  created_at: spec.created,
}));

export const GCORE_PROJECT_DATA: GcoreApiProject[] = [
  {
    id: 1000001,
    client_id: GCORE_CLIENT_ID,
    name: 'Default',
    description: null,
    is_default: true,
    state: 'ACTIVE',
    created_at: '2021-04-12T09:30:41.857233',
    deleted_at: null,
    task_id: null,
  },
  {
    id: 1000002,
    client_id: GCORE_CLIENT_ID,
    name: 'ml-team',
    description: 'GPU training and inference',
    is_default: false,
    state: 'ACTIVE',
    created_at: '2024-03-11T14:20:00+00:00',
    deleted_at: null,
    task_id: null,
  },
];
