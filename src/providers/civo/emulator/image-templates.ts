import type { CivoImageState } from '../api-types.js';

/**
 * What Civo's disk images are made of, before they are placed in regions. One template is
 * one image name; catalog.ts gives it a per-region id and creation time.
 *
 * The optional SDK fields are left out where a template says nothing, so the catalog has
 * images with those keys absent, as the real API may send them.
 */
export interface CivoImageTemplate {
  name: string;
  version: string;
  distribution: string;
  description: string | null;
  label: string | null;
  os?: 'linux' | 'windows';
  initialUser?: string;
  sizeBytes?: number;
  /** RFC 3339 in UTC, or the zero time; absent: the key is left out. */
  created?: string;
  logo?: boolean;
  /** Whether the object carries `disk_image_url`. */
  url?: boolean;
  /** `created_by` sent as an empty string (Civo's own builds carry no creator). */
  emptyCreator?: boolean;
  /** Upper-case region codes where it exists; absent: every region. */
  regions?: string[];
  /** Only in regions whose `features.gpu` is true. */
  gpu?: boolean;
  /** The distribution's default where present; otherwise the newest of the distribution is. */
  preferredDefault?: boolean;
  /** Leave `distribution_default` out (never on the image that is the default). */
  omitDefaultFlag?: boolean;
}

const GIB = 1024 ** 3;

export const CIVO_PUBLIC_TEMPLATES: CivoImageTemplate[] = [
  // Ubuntu, including an old release kept only where customers still run it, and CUDA builds
  // whose version is not a plain number.
  { name: 'ubuntu-bionic', version: '18.04', distribution: 'ubuntu', description: null, label: null, os: 'linux', initialUser: 'civo', sizeBytes: 2_361_393_152, created: '0001-01-01T00:00:00Z', regions: ['LON1', 'NYC1'], omitDefaultFlag: true },
  { name: 'ubuntu-focal', version: '20.04', distribution: 'ubuntu', description: 'Ubuntu 20.04 LTS (Focal Fossa)', label: 'Ubuntu 20.04', os: 'linux', initialUser: 'civo', sizeBytes: 2_684_354_560, created: '2021-02-03T10:12:00Z', logo: true, url: true },
  { name: 'ubuntu-jammy', version: '22.04', distribution: 'ubuntu', description: 'Ubuntu 22.04 LTS (Jammy Jellyfish)', label: 'Ubuntu 22.04', os: 'linux', initialUser: 'civo', sizeBytes: 3_221_225_472, created: '2023-04-18T09:00:00Z', logo: true, url: true, preferredDefault: true },
  { name: 'ubuntu-mantic', version: '23.10', distribution: 'ubuntu', description: null, label: null, os: 'linux', initialUser: 'civo', sizeBytes: 3_355_443_200, created: '2023-10-20T11:30:00Z', url: true },
  { name: 'ubuntu-noble', version: '24.04', distribution: 'ubuntu', description: 'Ubuntu 24.04 LTS (Noble Numbat)', label: 'Ubuntu 24.04', os: 'linux', initialUser: 'civo', sizeBytes: 3_489_660_928, created: '2024-05-07T08:45:00Z', logo: true, url: true },
  { name: 'ubuntu-oracular', version: '24.10', distribution: 'ubuntu', description: 'Ubuntu 24.10 (Oracular Oriole)', label: null, os: 'linux', initialUser: 'civo', created: '2024-10-15T08:45:00Z', url: true },
  { name: 'ubuntu-cuda11-8', version: '22.04-cuda11-8', distribution: 'ubuntu', description: 'Ubuntu 22.04 with NVIDIA driver and CUDA 11.8', label: 'CUDA 11.8', os: 'linux', initialUser: 'civo', sizeBytes: 8 * GIB, created: '2023-09-12T14:00:00Z', url: true, gpu: true },
  { name: 'ubuntu-cuda12-2', version: '22.04-cuda12-2', distribution: 'ubuntu', description: 'Ubuntu 22.04 with NVIDIA driver and CUDA 12.2', label: 'CUDA 12.2', os: 'linux', initialUser: 'civo', sizeBytes: 10_737_418_240, created: '2024-01-30T14:00:00Z', logo: true, url: true, gpu: true },
  { name: 'ubuntu-noble-cuda12-4', version: '24.04-cuda12-4', distribution: 'ubuntu', description: 'Ubuntu 24.04 with NVIDIA driver and CUDA 12.4', label: null, os: 'linux', initialUser: 'civo', sizeBytes: 12_884_901_888, created: '2024-08-21T14:00:00Z', url: true, gpu: true },

  { name: 'debian-10', version: '10', distribution: 'debian', description: 'Debian 10 (buster)', label: null, os: 'linux', initialUser: 'civo', sizeBytes: 1_610_612_736, created: '0001-01-01T00:00:00Z', regions: ['LON1', 'FRA1'] },
  { name: 'debian-11', version: '11', distribution: 'debian', description: 'Debian 11 (bullseye)', label: 'Debian 11', os: 'linux', initialUser: 'civo', sizeBytes: 1_879_048_192, created: '2021-09-01T07:30:00Z', logo: true, url: true },
  { name: 'debian-12', version: '12', distribution: 'debian', description: 'Debian 12 (bookworm)', label: 'Debian 12', os: 'linux', initialUser: 'civo', sizeBytes: 2_013_265_920, created: '2023-06-20T07:30:00Z', logo: true, url: true, preferredDefault: true },

  // centos-7 is the old image found only in LON1; CentOS Stream's version is not numeric.
  { name: 'centos-7', version: '7', distribution: 'centos', description: 'CentOS 7 (end of life)', label: null, os: 'linux', initialUser: 'centos', created: '0001-01-01T00:00:00Z', regions: ['LON1'], omitDefaultFlag: true },
  { name: 'centos-stream-9', version: '9-stream', distribution: 'centos', description: 'CentOS Stream 9', label: 'CentOS Stream 9', os: 'linux', initialUser: 'centos', sizeBytes: 4_294_967_296, created: '2023-03-14T12:00:00Z', url: true },

  { name: 'rocky-8-6', version: '8.6', distribution: 'rocky', description: 'Rocky Linux 8.6', label: null, os: 'linux', initialUser: 'rocky', sizeBytes: 4_026_531_840, created: '2022-07-05T10:00:00Z', url: true },
  { name: 'rocky-8-9', version: '8.9', distribution: 'rocky', description: 'Rocky Linux 8.9', label: 'Rocky 8', os: 'linux', initialUser: 'rocky', sizeBytes: 4_160_749_568, created: '2023-12-01T10:00:00Z', url: true },
  { name: 'rocky-9-1', version: '9.1', distribution: 'rocky', description: 'Rocky Linux 9.1', label: null, os: 'linux', initialUser: 'rocky', sizeBytes: 4_563_402_752, created: '2023-01-10T10:00:00Z', logo: true, url: true, preferredDefault: true },
  { name: 'rocky-9-3', version: '9.3', distribution: 'rocky', description: 'Rocky Linux 9.3', label: 'Rocky 9', os: 'linux', initialUser: 'rocky', sizeBytes: 4_697_620_480, created: '2023-11-28T10:00:00Z', url: true },

  { name: 'almalinux-8', version: '8.9', distribution: 'almalinux', description: null, label: null, os: 'linux', initialUser: 'almalinux', sizeBytes: 4_093_640_704, created: '2024-01-16T09:00:00Z', url: true },
  { name: 'almalinux-9', version: '9.4', distribution: 'almalinux', description: 'AlmaLinux 9.4', label: 'AlmaLinux 9', os: 'linux', initialUser: 'almalinux', sizeBytes: 4_630_511_616, created: '2024-05-08T09:00:00Z', logo: true, url: true },

  { name: 'fedora-39', version: '39', distribution: 'fedora', description: null, label: null, os: 'linux', initialUser: 'fedora', sizeBytes: 5_368_709_120, created: '2023-11-08T16:00:00Z', url: true },
  { name: 'fedora-40', version: '40', distribution: 'fedora', description: 'Fedora 40 Cloud', label: null, initialUser: 'fedora', created: '2024-04-24T16:00:00Z' },

  { name: 'opensuse-leap-15-5', version: '15.5', distribution: 'opensuse', description: 'openSUSE Leap 15.5', label: null, os: 'linux', initialUser: 'civo', sizeBytes: 3_758_096_384, regions: ['LON1', 'FRA1', 'NYC1'] },
  { name: 'flatcar-3815', version: '3815.2.5', distribution: 'flatcar', description: 'Flatcar Container Linux (stable)', label: null, os: 'linux', initialUser: 'core', sizeBytes: 1_073_741_824, created: '2024-07-02T12:00:00Z', regions: ['LON1', 'FRA1', 'PHX1'] },

  // Kubernetes node images: the SDK hides them, we list them raw.
  { name: 'talos-v1.4.8', version: '1.4.8', distribution: 'talos', description: null, label: null, sizeBytes: 1_181_116_006, created: '2023-08-04T00:00:00Z', omitDefaultFlag: true },
  { name: 'talos-v1.5.0', version: '1.5.0', distribution: 'talos', description: 'Talos Linux for Kubernetes', label: 'Talos 1.5', sizeBytes: 1_207_959_552, created: '2023-08-17T00:00:00Z', url: true },
  { name: 'talos-v1.6.4', version: '1.6.4', distribution: 'talos', description: 'Talos Linux for Kubernetes', label: 'Talos 1.6', sizeBytes: 1_275_068_416, created: '2024-02-06T00:00:00Z', url: true },
  { name: 'talos-v1.7.6', version: '1.7.6', distribution: 'talos', description: 'Talos Linux for Kubernetes', label: 'Talos 1.7', sizeBytes: 1_342_177_280, created: '2024-08-01T00:00:00Z', url: true, regions: ['LON1', 'FRA1', 'NYC1', 'PHX1'] },
  { name: 'k3s-1.25.9', version: '1.25.9', distribution: 'k3s', description: null, label: null, initialUser: 'civo', emptyCreator: true, omitDefaultFlag: true },
  { name: 'k3s-1.26.4', version: '1.26.4', distribution: 'k3s', description: 'k3s node image', label: null, initialUser: 'civo', sizeBytes: 3_328_599_654, created: '2023-05-02T00:00:00Z', emptyCreator: true },
  { name: 'k3s-1.27.0', version: '1.27.0', distribution: 'k3s', description: 'k3s node image', label: null, initialUser: 'civo', sizeBytes: 3_372_220_416, created: '2023-05-30T00:00:00Z', emptyCreator: true, url: true },
  { name: 'k3s-1.28.2', version: '1.28.2', distribution: 'k3s', description: 'k3s node image', label: null, initialUser: 'civo', sizeBytes: 3_435_973_836, created: '2023-10-02T00:00:00Z', url: true },
  { name: 'k3s-1.29.2', version: '1.29.2', distribution: 'k3s', description: 'k3s node image', label: 'k3s 1.29', initialUser: 'civo', sizeBytes: 3_489_660_928, created: '2024-03-04T00:00:00Z', url: true },
  { name: 'k3s-1.30.5', version: '1.30.5', distribution: 'k3s', description: 'k3s node image', label: 'k3s 1.30', initialUser: 'civo', sizeBytes: 3_556_769_792, created: '2024-10-01T00:00:00Z', url: true, regions: ['LON1', 'FRA1', 'NYC1', 'PHX1'] },

  { name: 'windows-server-2022', version: '2022', distribution: 'windows', description: 'Windows Server 2022 Datacenter', label: 'Windows 2022', os: 'windows', initialUser: 'Administrator', sizeBytes: 21_474_836_480, created: '2024-03-19T13:00:00Z', logo: true, url: true, regions: ['LON1', 'FRA1', 'NYC1'] },
];

/** The account's custom images: where each exists and in which state it is there. */
export interface CivoCustomTemplate extends CivoImageTemplate {
  /** Upper-case region code → state there. */
  states: Record<string, CivoImageState>;
}

export const CIVO_CUSTOM_TEMPLATES: CivoCustomTemplate[] = [
  // A look-alike of the official image: same distribution and version, never "the latest Ubuntu".
  {
    name: 'ubuntu-jammy-custom', version: '22.04', distribution: 'ubuntu', description: 'Jammy with our agents baked in', label: null, os: 'linux', initialUser: 'ubuntu', sizeBytes: 3_650_722_201, created: '2026-10-02T08:15:00Z', url: true,
    states: { LON1: 'available', FRA1: 'available', NYC1: 'pending', PHX1: 'available', MUM1: 'available' },
  },
  {
    name: 'my-app-golden', version: '12', distribution: 'debian', description: 'Golden image of my-app', label: 'my-app', os: 'linux', initialUser: 'deploy', sizeBytes: 2_791_728_742, created: '2026-09-14T15:40:00Z', url: true,
    states: { LON1: 'available', FRA1: 'upload_completed', MUM1: 'upload_pending' },
  },
  {
    name: 'build-agent-2024', version: '24.04', distribution: 'ubuntu', description: null, label: null, os: 'linux', created: '2026-11-20T10:00:00Z',
    states: { LON1: 'upload_pending', PHX1: 'upload_completed' },
  },
  {
    name: 'legacy-db-image', version: '7', distribution: 'centos', description: 'Upload link expired before the upload finished', label: null, os: 'linux', initialUser: 'centos', created: '2026-08-01T10:00:00Z',
    states: { LON1: 'upload_expired', FRA1: 'error', MUM1: 'error' },
  },
  {
    name: 'ml-base', version: '22.04-cuda12-2', distribution: 'ubuntu', description: 'CUDA base for training jobs', label: null, os: 'linux', initialUser: 'ubuntu', sizeBytes: 15_032_385_536, created: '2026-07-21T09:00:00Z', url: true,
    states: { NYC1: 'available' },
  },
];

/** The account id custom images name as their creator. */
export const CIVO_ACCOUNT_USER_ID = '5c3e2f0a-8d6b-4b1e-9f37-2a1c6d0e7b94';
