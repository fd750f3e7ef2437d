import { Reader } from './bytes';

// The signer records of the APK Signature Schemes v2, v3 and v3.1 (source.android.com "APK Signature Scheme v2" and
// "v3"): uint32-length-prefixed sequences, little-endian. Only certificates are taken; nothing is verified here.

export type SchemeName = 'v2' | 'v3' | 'v3.1';
export type SchemeSigner = {
  scheme: SchemeName;
  /** DER certificates, the signer's own first. */
  certificates: Uint8Array[];
  minSdk?: number;
  maxSdk?: number;
  /** v3 proof-of-rotation: the certificates of the lineage, oldest first (empty without one). */
  lineage: Uint8Array[];
};

const PROOF_OF_ROTATION = 0x3ba06f8c;

/** The items of a sequence of length-prefixed items; each consumes at least 4 bytes, so this ends. */
function items(reader: Reader): Reader[] {
  const found: Reader[] = [];
  while (reader.remaining > 0) found.push(reader.prefixed());
  return found;
}

const rest = (reader: Reader): Uint8Array => reader.take(reader.remaining);

/** SigningCertificateLineage: uint32 version, then nodes of (signed data (certificate, algorithm), flags, algorithm, signature). */
function readLineage(value: Reader): Uint8Array[] {
  value.u32();
  return items(value).map((node) => node.prefixed().prefixed()).map(rest);
}

function readSigner(signer: Reader, scheme: SchemeName): SchemeSigner {
  const signed = signer.prefixed();
  signed.prefixed(); // digests
  const certificates = items(signed.prefixed()).map(rest);
  if (scheme === 'v2') return { scheme, certificates, lineage: [] };
  const minSdk = signed.u32();
  const maxSdk = signed.u32();
  let lineage: Uint8Array[] = [];
  for (const attribute of items(signed.prefixed())) {
    if (attribute.u32() === PROOF_OF_ROTATION) lineage = readLineage(attribute);
  }
  return { scheme, certificates, minSdk, maxSdk, lineage };
}

export function readSchemeSigners(value: Uint8Array, scheme: SchemeName): SchemeSigner[] {
  return items(new Reader(value).prefixed()).map((signer) => readSigner(signer, scheme));
}
