/** The service's name and version, as upstreams see them in `User-Agent` (a test keeps it equal to package.json). */
export const SERVICE_NAME = 'cloud-image-catalog';
export const SERVICE_VERSION = '0.2.0';
export const USER_AGENT = `${SERVICE_NAME}/${SERVICE_VERSION} (node ${process.versions.node})`;
