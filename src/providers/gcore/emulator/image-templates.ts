import type { GcoreApiImage, GcoreImageStatus } from '../api-types.js';

/**
 * What Gcore's images are made of before they are placed in a project × region; catalog.ts
 * turns each template into an image object with a per-region id. Timestamps are written in
 * all three forms Gcore sends (naive UTC with microseconds, `+00:00`, `+0000`).
 */
export interface GcoreImageTemplate {
  name: string;
  distro: string;
  version: string;
  arch?: 'x86_64' | 'aarch64';
  osType?: 'linux' | 'windows';
  /** Glance status everywhere, or per region id (`default` for the rest). */
  status?: GcoreImageStatus | { default: GcoreImageStatus; [regionId: number]: GcoreImageStatus };
  description?: string | null;
  minDisk: number;
  minRam: number;
  size: number | null;
  diskFormat?: 'raw' | 'qcow2';
  displayOrder?: number | null;
  sshKey?: GcoreApiImage['ssh_key'];
  firmware?: GcoreApiImage['hw_firmware_type'];
  machine?: GcoreApiImage['hw_machine_type'];
  gpu?: { driver: string; type: string; version: string };
  created: string;
  /** Days between creation and the last update. */
  updatedAfterDays?: number;
  tags?: [key: string, value: string, readOnly: boolean][];
  /** Where it exists: every region, AI regions only, or listed region ids. */
  where?: 'ai' | 'ai-gpu' | number[];
  /** Shared images: the project that owns and shares them. */
  ownerProjectId?: number;
}

const SOURCE: [string, string, boolean] = ['image_source', 'gcore', true];
const LTS: [string, string, boolean] = ['lts', 'true', true];

/** Public images: the same set in every region (GPU builds only in AI regions). */
export const GCORE_PUBLIC_TEMPLATES: GcoreImageTemplate[] = [
  { name: 'ubuntu-24.04-x64', distro: 'ubuntu', version: '24.04', minDisk: 5, minRam: 512, size: 2_684_354_560, displayOrder: 1, firmware: 'uefi', machine: 'q35', created: '2024-04-26T09:12:44.318274', updatedAfterDays: 190, tags: [SOURCE, LTS] },
  { name: 'ubuntu-22.04-x64', distro: 'ubuntu', version: '22.04', minDisk: 5, minRam: 512, size: 2_361_393_152, displayOrder: 2, firmware: 'bios', machine: 'i440', created: '2023-05-10T08:00:00+00:00', updatedAfterDays: 400, tags: [SOURCE, LTS] },
  { name: 'ubuntu-20.04-x64', distro: 'ubuntu', version: '20.04', minDisk: 5, minRam: 512, size: 2_147_483_648, displayOrder: 3, firmware: 'bios', machine: 'i440', created: '2020-05-04T11:20:31+0000', updatedAfterDays: 700, tags: [SOURCE, LTS] },
  { name: 'ubuntu-18.04-x64', distro: 'ubuntu', version: '18.04', status: 'deactivated', description: 'End of standard support', minDisk: 5, minRam: 512, size: 1_932_735_283, displayOrder: 4, machine: 'pc', created: '2018-05-02T10:00:00+0000', tags: [SOURCE] },
  { name: 'ubuntu-24.04-arm64', distro: 'ubuntu', version: '24.04', arch: 'aarch64', minDisk: 5, minRam: 1024, size: 2_550_136_832, displayOrder: 5, firmware: 'uefi', machine: 'q35', created: '2024-05-14T12:40:07.000913', tags: [SOURCE, LTS] },
  { name: 'ubuntu-22.04-arm64', distro: 'ubuntu', version: '22.04', arch: 'aarch64', minDisk: 5, minRam: 1024, size: 2_254_857_830, displayOrder: 6, firmware: 'uefi', machine: 'q35', created: '2023-06-01T10:00:00+00:00', updatedAfterDays: 30, tags: [SOURCE, LTS] },
  { name: 'ubuntu-20.04-arm64', distro: 'ubuntu', version: '20.04', arch: 'aarch64', minDisk: 5, minRam: 1024, size: 2_040_109_465, displayOrder: 7, firmware: 'uefi', created: '2021-01-20T15:00:00+0000', tags: [SOURCE] },
  { name: 'ubuntu-22.04-x64-docker', distro: 'ubuntu', version: '22.04', description: 'Ubuntu 22.04 with Docker CE preinstalled', minDisk: 10, minRam: 1024, size: 3_435_973_836, displayOrder: null, firmware: 'bios', created: '2024-02-02T09:00:00.5', tags: [SOURCE, ['app', 'docker', true]] },
  { name: 'debian-12-x64', distro: 'debian', version: '12', minDisk: 4, minRam: 512, size: 1_717_986_918, displayOrder: 10, firmware: 'uefi', machine: 'q35', created: '2023-06-15T06:30:00+00:00', updatedAfterDays: 365, tags: [SOURCE] },
  { name: 'debian-11-x64', distro: 'debian', version: '11', minDisk: 4, minRam: 512, size: 1_610_612_736, displayOrder: 11, firmware: 'bios', machine: 'i440', created: '2021-08-20T06:30:00+0000', tags: [SOURCE] },
  { name: 'debian-10-x64', distro: 'debian', version: '10', status: 'deactivated', minDisk: 4, minRam: 512, size: 1_503_238_553, displayOrder: 12, firmware: 'bios', machine: 'pc', created: '2019-07-10T06:30:00.000001' },
  { name: 'debian-13-x64', distro: 'debian', version: '13', status: 'queued', description: 'Debian 13 (trixie), import in progress', minDisk: 4, minRam: 512, size: null, displayOrder: 9, firmware: 'uefi', machine: 'q35', created: '2026-11-18T06:30:00+00:00' },
  { name: 'debian-12-arm64', distro: 'debian', version: '12', arch: 'aarch64', minDisk: 4, minRam: 1024, size: 1_696_512_081, displayOrder: 13, firmware: 'uefi', machine: 'q35', created: '2023-07-01T06:30:00+00:00', tags: [SOURCE] },
  { name: 'centos-stream-9-x64', distro: 'centos', version: '9', minDisk: 10, minRam: 1024, size: 4_294_967_296 + 1_048_576, displayOrder: 20, firmware: 'bios', machine: 'q35', created: '2023-03-01T10:00:00.120000', tags: [SOURCE] },
  { name: 'centos-stream-10-x64', distro: 'centos', version: '10', minDisk: 10, minRam: 1024, size: 4_724_464_025, displayOrder: 19, firmware: 'uefi', machine: 'q35', created: '2025-06-12T10:00:00+0000', tags: [SOURCE] },
  { name: 'centos-7-x64', distro: 'centos', version: '7', status: 'deactivated', description: 'CentOS 7 reached end of life', minDisk: 8, minRam: 512, size: 858_993_459, displayOrder: 21, machine: 'pc', created: '2020-03-09T10:16:45+0000' },
  { name: 'rocky-9-x64', distro: 'rocky', version: '9.4', minDisk: 10, minRam: 1024, size: 4_509_715_660, displayOrder: 22, firmware: 'uefi', machine: 'q35', created: '2024-05-10T10:00:00+00:00', tags: [SOURCE] },
  { name: 'rocky-8-x64', distro: 'rocky', version: '8.10', minDisk: 10, minRam: 1024, size: 4_080_218_931, displayOrder: 23, firmware: 'bios', machine: 'i440', created: '2024-06-04T10:00:00+0000', tags: [SOURCE] },
  { name: 'rocky-9-arm64', distro: 'rocky', version: '9.4', arch: 'aarch64', minDisk: 10, minRam: 1024, size: 4_395_630_182, displayOrder: 23, firmware: 'uefi', machine: 'q35', created: '2024-05-11T10:00:00.000000', tags: [SOURCE] },
  { name: 'almalinux-9-x64', distro: 'almalinux', version: '9.4', minDisk: 10, minRam: 1024, size: 4_617_089_843, displayOrder: 24, firmware: 'uefi', machine: 'q35', created: '2024-05-08T10:00:00.775000', tags: [SOURCE] },
  { name: 'almalinux-8-x64', distro: 'almalinux', version: '8.10', minDisk: 10, minRam: 1024, size: 4_187_593_113, displayOrder: 25, firmware: 'bios', created: '2024-05-29T10:00:00+00:00' },
  { name: 'almalinux-9-arm64', distro: 'almalinux', version: '9.4', arch: 'aarch64', minDisk: 10, minRam: 1024, size: 4_402_341_478, displayOrder: 26, firmware: 'uefi', machine: 'q35', created: '2024-05-09T10:00:00+0000' },
  { name: 'fedora-40-x64', distro: 'fedora', version: '40', status: { default: 'active', 148: 'queued' }, minDisk: 5, minRam: 1024, size: 5_153_960_755, displayOrder: 27, firmware: 'uefi', machine: 'q35', created: '2024-04-24T16:00:00+00:00', tags: [SOURCE] },
  { name: 'fedora-39-x64', distro: 'fedora', version: '39', minDisk: 5, minRam: 1024, size: 5_046_586_572, displayOrder: 28, firmware: 'uefi', created: '2023-11-08T16:00:00.000000' },
  { name: 'opensuse-leap-15.5-x64', distro: 'opensuse', version: '15.5', minDisk: 8, minRam: 1024, size: 3_865_470_566, displayOrder: 29, firmware: 'bios', machine: 'i440', created: '2023-06-08T12:00:00+0000' },
  { name: 'cirros-0.6.2-x64', distro: 'cirros', version: '0.6.2', description: 'Tiny image for network tests', minDisk: 1, minRam: 64, size: null, diskFormat: 'qcow2', displayOrder: null, created: '2023-05-30T00:00:00+00:00' },
  { name: 'windows-server-2019', distro: 'Windows', version: '2019', osType: 'windows', minDisk: 40, minRam: 4096, size: 16_106_127_360, displayOrder: 40, sshKey: 'deny', firmware: 'bios', machine: 'i440', created: '2021-06-01T00:00:00.000000', updatedAfterDays: 900, tags: [SOURCE, ['license', 'windows', true]] },
  { name: 'windows-server-2022', distro: 'Windows', version: '2022', osType: 'windows', minDisk: 50, minRam: 4096, size: 20_401_094_656, displayOrder: 41, sshKey: 'deny', firmware: 'uefi', machine: 'q35', created: '2022-09-14T00:00:00+00:00', updatedAfterDays: 600, tags: [SOURCE, ['license', 'windows', true]] },
  { name: 'windows-server-2025', distro: 'Windows', version: '2025', osType: 'windows', status: { default: 'active', 76: 'saving', 148: 'saving' }, minDisk: 50, minRam: 4096, size: null, displayOrder: 42, sshKey: 'deny', firmware: 'uefi', machine: 'q35', created: '2026-11-02T00:00:00+0000', tags: [SOURCE, ['license', 'windows', true]] },
  // GPU builds: only where the region sells AI / GPU instances.
  { name: 'ubuntu-22.04-x64-nvidia-h100-eni', distro: 'ubuntu', version: '22.04', minDisk: 30, minRam: 4096, size: 12_884_901_888, displayOrder: 50, firmware: 'uefi', machine: 'q35', gpu: { driver: 'nvidia', type: 'proprietary', version: '535.183.01' }, created: '2024-07-18T08:00:00.250000', tags: [SOURCE, ['gpu', 'h100', true]], where: 'ai' },
  { name: 'ubuntu-22.04-x64-nvidia-a100', distro: 'ubuntu', version: '22.04', minDisk: 30, minRam: 4096, size: 11_811_160_064, displayOrder: 51, firmware: 'uefi', machine: 'q35', gpu: { driver: 'nvidia', type: 'proprietary', version: '535.129.03' }, created: '2024-01-09T08:00:00+00:00', tags: [SOURCE, ['gpu', 'a100', true]], where: 'ai' },
  { name: 'ubuntu-24.04-x64-nvidia-h100-ib', distro: 'ubuntu', version: '24.04', minDisk: 30, minRam: 4096, size: 13_958_643_712, displayOrder: 52, firmware: 'uefi', machine: 'q35', gpu: { driver: 'nvidia', type: 'open', version: '550.90.07' }, created: '2025-03-03T08:00:00+0000', tags: [SOURCE, ['gpu', 'h100', true]], where: 'ai-gpu' },
];

/** The owner of the images shared with our projects: a project of another client. */
export const GCORE_SHARING_PROJECT_ID = 1000777;

/** Each project's own (private) images and those shared with it. */
export const GCORE_PROJECT_TEMPLATES: Record<number, GcoreImageTemplate[]> = {
  1000001: [
    // The look-alike: same distro, version and architecture as the official 22.04 image.
    { name: 'ubuntu-22.04-x64-hardened', distro: 'ubuntu', version: '22.04', description: 'CIS level 2 hardened Jammy', minDisk: 8, minRam: 1024, size: 3_006_477_107, diskFormat: 'qcow2', sshKey: 'required', firmware: 'bios', created: '2026-10-15T08:00:00+00:00', updatedAfterDays: 3, tags: [['team', 'platform', false], ['env', 'prod', false]] },
    { name: 'win-golden', distro: 'Windows', version: '2022', osType: 'windows', description: 'Windows golden image with agents', minDisk: 60, minRam: 8192, size: null, diskFormat: 'qcow2', sshKey: 'deny', firmware: 'uefi', machine: 'q35', created: '2026-06-01T00:00:00.000000', tags: [['team', 'platform', false]], where: [76, 148, 180] },
    { name: 'app-server-v3', distro: 'debian', version: '12', status: 'saving', minDisk: 10, minRam: 2048, size: null, diskFormat: 'qcow2', created: '2026-11-21T17:45:00+0000', tags: [['app', 'server', false], ['env', 'staging', false]], where: [76, 160] },
    { name: 'debian-12-x64-cis', distro: 'debian', version: '12', status: 'killed', description: 'Upload failed checksum verification', minDisk: 4, minRam: 512, size: null, diskFormat: 'raw', created: '2026-09-09T09:09:09+00:00', where: [76] },
    { name: 'fortigate-7.4.3', distro: 'fortios', version: '7.4.3', description: 'FortiGate-VM shared by the network team', minDisk: 2, minRam: 2048, size: 104_857_600, diskFormat: 'qcow2', sshKey: 'deny', firmware: 'bios', created: '2025-02-20T12:00:00+0000', tags: [['vendor', 'fortinet', false]], ownerProjectId: GCORE_SHARING_PROJECT_ID },
  ],
  1000002: [
    { name: 'ml-train-base', distro: 'ubuntu', version: '22.04', description: 'CUDA 12 training base', minDisk: 60, minRam: 16384, size: 32_212_254_720, diskFormat: 'qcow2', firmware: 'uefi', machine: 'q35', gpu: { driver: 'nvidia', type: 'proprietary', version: '550.54.15' }, created: '2026-09-01T00:00:00+00:00', tags: [['team', 'ml', false]] },
    { name: 'ubuntu-24.04-arm64-custom', distro: 'ubuntu', version: '24.04', arch: 'aarch64', minDisk: 5, minRam: 1024, size: 2_791_728_742, diskFormat: 'qcow2', firmware: 'uefi', created: '2026-05-05T05:05:05.050505', tags: [['team', 'ml', false]], where: [76, 148] },
    { name: 'data-pipeline-v1', distro: 'debian', version: '12', status: 'killed', minDisk: 10, minRam: 2048, size: null, diskFormat: 'qcow2', created: '2026-03-03T03:03:03+0000', where: [76, 180] },
    { name: 'ubuntu-22.04-x64-jupyter', distro: 'ubuntu', version: '22.04', description: 'JupyterHub image shared by the data team', minDisk: 20, minRam: 4096, size: 6_442_450_944, diskFormat: 'qcow2', firmware: 'bios', created: '2025-11-11T11:11:11+00:00', tags: [['app', 'jupyter', false]], ownerProjectId: GCORE_SHARING_PROJECT_ID },
    { name: 'nvidia-triton-24.08', distro: 'ubuntu', version: '22.04', description: 'Triton inference server', minDisk: 40, minRam: 8192, size: 18_253_611_008, diskFormat: 'qcow2', firmware: 'uefi', machine: 'q35', gpu: { driver: 'nvidia', type: 'proprietary', version: '550.90.07' }, created: '2025-08-30T08:30:00.000000', tags: [['app', 'triton', false]], ownerProjectId: GCORE_SHARING_PROJECT_ID, where: 'ai' },
  ],
};

/** Bare-metal images (`bmimages`): only in regions with bare metal. Names end in `-ironic`. */
export const GCORE_BAREMETAL_TEMPLATES: GcoreImageTemplate[] = [
  { name: 'ubuntu-24.04-x64-ironic', distro: 'ubuntu', version: '24.04', minDisk: 10, minRam: 0, size: 3_221_225_472, displayOrder: 1, firmware: 'uefi', created: '2024-05-20T10:00:00+00:00', tags: [SOURCE, LTS] },
  { name: 'ubuntu-22.04-x64-ironic', distro: 'ubuntu', version: '22.04', minDisk: 10, minRam: 0, size: 2_952_790_016, displayOrder: 2, firmware: 'uefi', created: '2023-06-12T10:00:00+0000', tags: [SOURCE, LTS] },
  { name: 'debian-12-x64-ironic', distro: 'debian', version: '12', minDisk: 10, minRam: 0, size: 2_147_483_648, displayOrder: 3, firmware: 'uefi', created: '2023-08-01T10:00:00.000000', tags: [SOURCE] },
  { name: 'rocky-9-x64-ironic', distro: 'rocky', version: '9.4', minDisk: 10, minRam: 0, size: 4_831_838_208, displayOrder: 4, firmware: 'bios', created: '2024-06-10T10:00:00+00:00' },
  { name: 'windows-server-2022-ironic', distro: 'Windows', version: '2022', osType: 'windows', minDisk: 60, minRam: 0, size: 22_548_578_304, displayOrder: 5, sshKey: 'deny', firmware: 'uefi', created: '2023-01-10T10:00:00+0000', tags: [SOURCE, ['license', 'windows', true]] },
  { name: 'ubuntu-22.04-x64-nvidia-ironic', distro: 'ubuntu', version: '22.04', minDisk: 30, minRam: 0, size: 13_421_772_800, displayOrder: 6, firmware: 'uefi', gpu: { driver: 'nvidia', type: 'proprietary', version: '535.183.01' }, created: '2024-09-09T10:00:00.123456', tags: [SOURCE, ['gpu', 'h100', true]], where: 'ai' },
];

/** Bare-metal images of a project's own, by project id. */
export const GCORE_PROJECT_BAREMETAL_TEMPLATES: Record<number, GcoreImageTemplate[]> = {
  1000001: [
    { name: 'ubuntu-22.04-x64-hardened-ironic', distro: 'ubuntu', version: '22.04', minDisk: 10, minRam: 0, size: 3_113_851_289, diskFormat: 'raw', sshKey: 'required', firmware: 'uefi', created: '2026-10-20T08:00:00+0000', tags: [['team', 'platform', false]], where: [76, 180] },
  ],
};
