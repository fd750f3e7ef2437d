import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { equalBytes } from './bytes';

// CMS / PKCS#7 SignedData (v1 APK signatures, provisioning profiles, HAP signatures and profiles, .p7b files):
// parsed with pkijs; the certificates are kept as the exact bytes they were stored as, for their fingerprints.

export type SignedDataParts = {
  /** Every certificate in the set, exact DER, in stored order. */
  certificates: Uint8Array[];
  /** The certificates the signer infos name (issuer and serial, or key id), in signer order. */
  signers: Uint8Array[];
  /** The encapsulated content, when the SignedData carries it. */
  content: Uint8Array | undefined;
};

export class NotSignedDataError extends Error {}

const SIGNED_DATA = '1.2.840.113549.1.7.2';

function certificateBlocks(signedData: unknown): asn1js.Sequence[] {
  if (!(signedData instanceof asn1js.Sequence)) return [];
  const set = signedData.valueBlock.value.find((b) => b.idBlock.tagClass === 3 && b.idBlock.tagNumber === 0);
  if (!(set instanceof asn1js.Constructed)) return [];
  return set.valueBlock.value.filter((b): b is asn1js.Sequence => b instanceof asn1js.Sequence);
}

function names(cert: pkijs.Certificate, sid: unknown): boolean {
  if (sid instanceof pkijs.IssuerAndSerialNumber) return cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber);
  // subjectKeyIdentifier [0] IMPLICIT OCTET STRING
  const keyId = cert.extensions?.find((e) => e.extnID === '2.5.29.14')?.parsedValue;
  return sid instanceof asn1js.Primitive && keyId instanceof asn1js.OctetString && equalBytes(sid.valueBlock.valueHexView, keyId.valueBlock.valueHexView);
}

export function readSignedData(der: Uint8Array): SignedDataParts {
  const asn1 = asn1js.fromBER(der);
  if (asn1.offset === -1) throw new NotSignedDataError(asn1.result.error);
  try {
    const info = new pkijs.ContentInfo({ schema: asn1.result });
    if (info.contentType !== SIGNED_DATA) throw new NotSignedDataError(`content type ${info.contentType}`);
    const signed = new pkijs.SignedData({ schema: info.content });
    const blocks = certificateBlocks(info.content).map((block) => ({ raw: block.valueBeforeDecodeView, cert: new pkijs.Certificate({ schema: block }) }));
    const signers = signed.signerInfos.flatMap((si) => blocks.filter((b) => names(b.cert, si.sid)).map((b) => b.raw));
    const eContent = signed.encapContentInfo.eContent;
    return {
      certificates: blocks.map((b) => b.raw),
      signers,
      content: eContent ? new Uint8Array(eContent.getValue()) : undefined,
    };
  } catch (error) {
    // pkijs throws plain Errors for structures that do not match the schema
    throw error instanceof NotSignedDataError ? error : new NotSignedDataError(String(error));
  }
}
