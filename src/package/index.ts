// The package reader's public face: the options page's drop zone and the `icp:package:read` handler use these.

export { readPackage } from './read-package';
export { blobSource, bytesSource, type RandomAccessSource } from './source';
export type { PackageReport, PackageSigner, Platform, Text } from './report';
export { bytesFromBase64 } from './base64';
