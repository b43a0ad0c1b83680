/**
 * Neither API has a "GPU image" flag that covers both: Gcore sets `gpu_driver` on its GPU
 * images, Civo only names them (`ubuntu-cuda12-2`). Names are the common denominator.
 */
const GPU_NAME = /(cuda|nvidia|gpu|h100|a100|l40s)/i;

export function looksLikeGpuImage(name: string, version: string | null, gpuDriver: string | null = null): boolean {
  return gpuDriver !== null || GPU_NAME.test(name) || (version !== null && GPU_NAME.test(version));
}
