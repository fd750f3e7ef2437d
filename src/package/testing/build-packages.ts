import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Real signed packages for the reader's tests, made with the tools the ecosystem uses (Debian's apksigner, aapt,
// keytool, openssl, Python's zipfile and plistlib), and the values each tool reports about them. The tests compare
// the reader's answers with these tools' answers, never with the reader's own code.

const FIXTURES_PY = fileURLToPath(new URL('./fixtures.py', import.meta.url));
const PASSWORD = 'password';

const INSTALL: Record<string, string> = {
  apksigner: 'apt-get install -y apksigner',
  aapt: 'apt-get install -y aapt',
  keytool: 'apt-get install -y default-jre-headless (keytool comes with Java)',
  openssl: 'apt-get install -y openssl',
  python3: 'apt-get install -y python3',
};

/** Fails (never skips) when a tool is missing, saying how to install it. */
export function requireTools(...tools: (keyof typeof INSTALL)[]): void {
  const missing = tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  if (missing.length > 0) {
    throw new Error(`The package reader's tests build real packages and need: ${missing.map((t) => `${t} (${INSTALL[t]})`).join('; ')}`);
  }
}

export const run = (command: string, args: string[], cwd?: string): string => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const python = (...args: string[]) => run('python3', [FIXTURES_PY, ...args]);

export const workdir = (): string => mkdtempSync(join(tmpdir(), 'beian-package-'));

export type Key = { keystore: string; certificate: string; privateKey: string };

/** A PKCS#12 keystore made by keytool, with its certificate (PEM) and key (PEM) exported by openssl. */
export function makeKey(dir: string, name: string, dname: string, options: { ec?: boolean; startdate?: string; validity?: number } = {}): Key {
  const keystore = join(dir, `${name}.p12`);
  run('keytool', [
    '-genkeypair', '-keystore', keystore, '-storetype', 'PKCS12', '-storepass', PASSWORD, '-alias', 'key', '-dname', dname,
    ...(options.ec ? ['-keyalg', 'EC', '-groupname', 'secp256r1'] : ['-keyalg', 'RSA', '-keysize', '2048']),
    '-validity', String(options.validity ?? 10000), ...(options.startdate ? ['-startdate', options.startdate] : []),
  ]);
  const certificate = join(dir, `${name}.pem`);
  const privateKey = join(dir, `${name}.key`);
  run('openssl', ['pkcs12', '-in', keystore, '-passin', `pass:${PASSWORD}`, '-nokeys', '-out', certificate]);
  run('openssl', ['pkcs12', '-in', keystore, '-passin', `pass:${PASSWORD}`, '-nocerts', '-nodes', '-out', privateKey]);
  return { keystore, certificate, privateKey };
}

/**
 * An unsigned APK whose binary AndroidManifest.xml aapt compiled (no SDK needed without android: attributes), with
 * `assetBytes` random bytes stored uncompressed as assets/blob.bin when asked (a large APK for the bench).
 */
export function makeUnsignedApk(dir: string, packageName: string, name = 'unsigned', assetBytes = 0): string {
  const source = join(dir, `${name}-source`);
  mkdirSync(join(source, 'assets'), { recursive: true });
  const manifest = join(source, 'AndroidManifest.xml');
  writeFileSync(manifest, `<?xml version="1.0" encoding="utf-8"?>\n<manifest package="${packageName}">\n  <application/>\n</manifest>\n`);
  if (assetBytes > 0) run('openssl', ['rand', '-out', join(source, 'assets', 'blob.bin'), String(assetBytes)]);
  const apk = join(dir, `${name}.apk`);
  run('aapt', ['package', '-f', '-0', 'bin', '-M', manifest, ...(assetBytes > 0 ? ['-A', join(source, 'assets')] : []), '-F', apk]);
  return apk;
}

export type SignOptions = { v1: boolean; v2: boolean; v3: boolean; lineage?: string; minSdk?: number };

/** apksigner sign with one key, or several (each after --next-signer). */
export function signApk(input: string, output: string, keys: Key[], options: SignOptions): string {
  const signers = keys.flatMap((k, i) => [...(i > 0 ? ['--next-signer'] : []), '--ks', k.keystore, '--ks-pass', `pass:${PASSWORD}`, '--v1-signer-name', `SIGNER${i + 1}`]);
  run('apksigner', [
    'sign', ...signers,
    '--v1-signing-enabled', String(options.v1), '--v2-signing-enabled', String(options.v2), '--v3-signing-enabled', String(options.v3),
    ...(options.lineage ? ['--lineage', options.lineage] : []), ...(options.minSdk ? ['--min-sdk-version', String(options.minSdk)] : []),
    '--out', output, input,
  ]);
  return output;
}

export function rotate(dir: string, from: Key, to: Key): string {
  const lineage = join(dir, 'lineage');
  run('apksigner', ['rotate', '--out', lineage, '--old-signer', '--ks', from.keystore, '--ks-pass', `pass:${PASSWORD}`, '--new-signer', '--ks', to.keystore, '--ks-pass', `pass:${PASSWORD}`]);
  return lineage;
}

export type PrintedCertificate = { dn: string; md5: string; sha1: string };

/** What `apksigner verify --print-certs -v` (or `apksigner lineage --print-certs -v`) prints per signer. */
function printedCertificates(output: string): PrintedCertificate[] {
  const found = new Map<string, PrintedCertificate>();
  for (const line of output.split('\n')) {
    const m = /^Signer #(\d+)(?: in lineage)? certificate (DN|MD5 digest|SHA-1 digest): (.*)$/.exec(line.trim());
    if (!m) continue;
    const entry = found.get(m[1]!) ?? { dn: '', md5: '', sha1: '' };
    if (m[2] === 'DN') entry.dn = m[3]!;
    else if (m[2] === 'MD5 digest') entry.md5 = m[3]!.toUpperCase();
    else entry.sha1 = m[3]!.toUpperCase();
    found.set(m[1]!, entry);
  }
  return [...found.values()];
}

/** Verified for Android 7.0 (API 24) and later unless `args` say otherwise: a v2-only APK fails for older ones. */
export const apksignerVerify = (apk: string, ...args: string[]): PrintedCertificate[] =>
  printedCertificates(run('apksigner', ['verify', '--print-certs', '-v', ...(args.length > 0 ? args : ['--min-sdk-version', '24']), apk]));
export const apksignerLineage = (apk: string): PrintedCertificate[] => printedCertificates(run('apksigner', ['lineage', '--in', apk, '--print-certs', '-v']));
export const aaptPackageName = (apk: string): string => /package: name='([^']*)'/.exec(run('aapt', ['dump', 'badging', apk]))?.[1] ?? '';

export type OpensslFacts = { md5: string; sha1: string; publicKey: string; notAfter: string; subject: string };

/** A certificate as openssl sees it: fingerprints, RSA modulus (→ decimal) or SubjectPublicKeyInfo DER (→ hex). */
export function opensslFacts(certificatePem: string): OpensslFacts {
  const fingerprint = (md: string) => run('openssl', ['x509', '-in', certificatePem, '-noout', '-fingerprint', `-${md}`]).split('=')[1]!.trim().replace(/:/g, '');
  const text = run('openssl', ['x509', '-in', certificatePem, '-noout', '-text']);
  let publicKey: string;
  if (/Public Key Algorithm: rsaEncryption/.test(text)) {
    publicKey = BigInt(`0x${run('openssl', ['x509', '-in', certificatePem, '-noout', '-modulus']).split('=')[1]!.trim()}`).toString(10);
  } else {
    const pub = `${certificatePem}.pub`;
    writeFileSync(pub, run('openssl', ['x509', '-in', certificatePem, '-noout', '-pubkey']));
    publicKey = execFileSync('openssl', ['pkey', '-pubin', '-in', pub, '-outform', 'DER']).toString('hex').toUpperCase();
  }
  const notAfter = new Date(run('openssl', ['x509', '-in', certificatePem, '-noout', '-enddate']).split('=')[1]!.trim()).toISOString();
  // RFC 2253 as openssl writes it, with the ", " between parts that keytool and apksigner print.
  const subject = run('openssl', ['x509', '-in', certificatePem, '-noout', '-subject', '-nameopt', 'RFC2253']).replace(/^subject=/, '').trim().replace(/(?<!\\),/g, ', ');
  return { md5: fingerprint('md5'), sha1: fingerprint('sha1'), publicKey, notAfter, subject };
}

/** A CA-signed certificate made by openssl (`ec` for a P-256 key), for chains, profiles and HAP signatures. */
export function makeCertificate(dir: string, name: string, subject: string, options: { issuer?: { certificate: string; privateKey: string }; ca?: boolean; ec?: boolean; days?: number } = {}): { certificate: string; privateKey: string } {
  const privateKey = join(dir, `${name}.key`);
  const certificate = join(dir, `${name}.pem`);
  if (options.ec) run('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', privateKey]);
  else run('openssl', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', privateKey]);
  const ext = join(dir, `${name}.ext`);
  writeFileSync(ext, options.ca ? 'basicConstraints=critical,CA:TRUE\nkeyUsage=keyCertSign,cRLSign\n' : 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n');
  const days = String(options.days ?? 3650);
  if (!options.issuer) {
    run('openssl', ['req', '-x509', '-new', '-key', privateKey, '-subj', subject, '-days', days, '-out', certificate, '-extensions', 'v3', '-config', configWith(dir, name, options.ca ?? false)]);
  } else {
    const csr = join(dir, `${name}.csr`);
    run('openssl', ['req', '-new', '-key', privateKey, '-subj', subject, '-out', csr]);
    run('openssl', ['x509', '-req', '-in', csr, '-CA', options.issuer.certificate, '-CAkey', options.issuer.privateKey, '-CAcreateserial', '-days', days, '-extfile', ext, '-out', certificate]);
  }
  return { certificate, privateKey };
}

function configWith(dir: string, name: string, ca: boolean): string {
  const config = join(dir, `${name}.cnf`);
  writeFileSync(config, `[req]\ndistinguished_name=dn\n[dn]\n[v3]\nbasicConstraints=critical,CA:${ca ? 'TRUE' : 'FALSE'}\n`);
  return config;
}

export const derOf = (dir: string, pem: string): string => {
  const der = join(dir, `${pem.split('/').pop()}.der`);
  run('openssl', ['x509', '-in', pem, '-outform', 'DER', '-out', der]);
  return der;
};

/** CMS SignedData carrying `content` (openssl cms -sign -nodetach -outform DER). */
export function cmsSign(content: string, out: string, signer: { certificate: string; privateKey: string }, extraCertificates?: string): string {
  run('openssl', ['cms', '-sign', '-binary', '-nodetach', '-outform', 'DER', '-in', content, '-out', out, '-signer', signer.certificate, '-inkey', signer.privateKey, ...(extraCertificates ? ['-certfile', extraCertificates] : [])]);
  return out;
}

export const zipFiles = (out: string, files: [string, string][], stored: string[] = []): string => (python('zip', out, JSON.stringify({ files, stored })), out);
export const writePlist = (out: string, format: 'binary' | 'xml', value: Record<string, unknown>): string => (python('plist', out, format, JSON.stringify(value)), out);
export const hapBlock = (out: string, signature: string, profile: string): string => (python('hap-block', out, signature, profile), out);
export const splice = (out: string, zip: string, block: string): string => (python('splice', out, zip, block), out);
/** The APK with its manifest's string pool in UTF-8, as aapt2 (not in Debian) writes it. */
export const utf8Manifest = (out: string, apk: string): string => (python('utf8-manifest', out, apk), out);
export const addV1 = (out: string, v2Apk: string, v1Apk: string): string => (python('add-v1', out, v2Apk, v1Apk), out);

export const bytesOf = (path: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(path));
