import { md5, sha1 } from '@noble/hashes/legacy.js';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toHex } from './bytes';

// One X.509 certificate as a filing needs it: fingerprints of the exact DER, the public key in the profile format's
// canonical form (profile-format.md "Keys and fingerprints"), the subject and validity.

export type CertificateFacts = {
  der: Uint8Array;
  /** Upper-case hex of the certificate's MD5 (Android's 签名MD5) and SHA-1 (iOS, HarmonyOS). */
  md5: string;
  sha1: string;
  /** RSA: the modulus in decimal; any other key: upper-case hex of the SubjectPublicKeyInfo DER. */
  publicKey: string;
  keyType: 'RSA' | 'EC' | 'other';
  /** RFC 2253 order, as keytool and apksigner print it: `CN=…, O=…, C=…`. */
  subject: string;
  commonName: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  isCa: boolean;
  parsed: pkijs.Certificate;
};

export class NotCertificateError extends Error {}

const RSA = '1.2.840.113549.1.1.1';
const EC = '1.2.840.10045.2.1';
const NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.17': 'POSTALCODE',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'EMAILADDRESS',
};

function attributeText(value: unknown): string {
  if (value instanceof asn1js.BaseStringBlock) return value.getValue();
  if (value instanceof asn1js.BaseBlock) return `#${toHex(value.valueBeforeDecodeView)}`;
  return '';
}

function nameText(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => `${NAMES[tv.type] ?? tv.type}=${attributeText(tv.value).replace(/([,+"\\<>;])/g, '\\$1')}`)
    .reverse()
    .join(', ');
}

/** The SubjectPublicKeyInfo exactly as encoded (re-encoding could change it): tbs field 6, or 5 without a version. */
function rawPublicKeyInfo(root: asn1js.AsnType): Uint8Array {
  const tbs = root instanceof asn1js.Sequence ? root.valueBlock.value[0] : undefined;
  const fields = tbs instanceof asn1js.Sequence ? tbs.valueBlock.value : [];
  const first = fields[0];
  const spki = fields[first && first.idBlock.tagClass === 3 ? 6 : 5];
  if (!(spki instanceof asn1js.Sequence)) throw new NotCertificateError('no SubjectPublicKeyInfo');
  return spki.valueBeforeDecodeView;
}

function decimal(bytes: Uint8Array): string {
  return bytes.length === 0 ? '0' : BigInt(`0x${toHex(bytes)}`).toString(10);
}

function canonicalKey(cert: pkijs.Certificate, spki: Uint8Array): { publicKey: string; keyType: CertificateFacts['keyType'] } {
  const algorithm = cert.subjectPublicKeyInfo.algorithm.algorithmId;
  if (algorithm === RSA) {
    const key = asn1js.fromBER(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView);
    try {
      const rsa = new pkijs.RSAPublicKey({ schema: key.result });
      return { publicKey: decimal(rsa.modulus.valueBlock.valueHexView), keyType: 'RSA' };
    } catch (error) {
      throw new NotCertificateError(`unreadable RSA key: ${String(error)}`);
    }
  }
  return { publicKey: toHex(spki), keyType: algorithm === EC ? 'EC' : 'other' };
}

function isCa(cert: pkijs.Certificate): boolean {
  const constraints = cert.extensions?.find((e) => e.extnID === '2.5.29.19')?.parsedValue;
  return constraints instanceof pkijs.BasicConstraints && constraints.cA;
}

/** Parses one DER certificate, keeping its exact bytes (trailing bytes after it are not part of it). */
export function describeCertificate(der: Uint8Array): CertificateFacts {
  const asn1 = asn1js.fromBER(der);
  if (asn1.offset === -1) throw new NotCertificateError(asn1.result.error);
  const exact = der.subarray(0, asn1.offset);
  let parsed: pkijs.Certificate;
  try {
    parsed = new pkijs.Certificate({ schema: asn1.result });
  } catch (error) {
    throw new NotCertificateError(String(error));
  }
  if (Number.isNaN(parsed.notBefore.value.getTime()) || Number.isNaN(parsed.notAfter.value.getTime())) throw new NotCertificateError('unreadable validity dates');
  const spki = rawPublicKeyInfo(asn1.result);
  const cn = parsed.subject.typesAndValues.find((tv) => tv.type === '2.5.4.3');
  return {
    der: exact,
    md5: toHex(md5(exact)),
    sha1: toHex(sha1(exact)),
    ...canonicalKey(parsed, spki),
    subject: nameText(parsed.subject),
    commonName: cn ? attributeText(cn.value) : '',
    issuer: nameText(parsed.issuer),
    notBefore: parsed.notBefore.value,
    notAfter: parsed.notAfter.value,
    isCa: isCa(parsed),
    parsed,
  };
}

/** The leaf of a set of certificates: the one that issued none of the others (a chain's end). */
export function leafOf(certificates: CertificateFacts[]): CertificateFacts | undefined {
  const issuers = new Set(certificates.filter((c) => c.subject !== c.issuer).map((c) => c.issuer));
  const leaves = certificates.filter((c) => !issuers.has(c.subject));
  return leaves.find((c) => !c.isCa) ?? leaves[0] ?? certificates[0];
}
