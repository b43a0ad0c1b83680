/** What GraphiQL shows on first load: the interface and both implementations side by side. */
export const DEFAULT_QUERY = `# Disk images of Civo and Gcore through one API.
# Normalised fields come from the DiskImage interface; "... on" adds each provider's own.
query ImagesOfBothClouds {
  civoDiskImages(region: "LON1") {
    ...ImageSummary
    ... on CivoDiskImage { label initialUser distributionDefault }
  }
  gcoreImages(regionId: 76, osDistro: "ubuntu") {
    ...ImageSummary
    ... on GcoreImage { visibility minDisk minRam diskFormat price { pricePerHour currencyCode } }
  }
}

fragment ImageSummary on DiskImage {
  id
  provider
  imageId
  name
  distribution
  version
  architecture
  osType
  status
  sizeBytes
  createdAt
  region { code name }
}
`;
