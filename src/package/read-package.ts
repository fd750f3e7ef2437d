import { readApk } from './android';
import { NotCertificateError } from './certificate';
import { readCertificateFile } from './certificate-file';
import { readApp, readHap } from './harmony';
import { readIpa } from './ios';
import { NotSignedDataError } from './pkcs7';
import { failure, type PackageReport, type ReadOptions } from './report';
import { TruncatedError, type RandomAccessSource } from './source';
import { NotZipError, openZip, TooLargeError, type Zip } from './zip';

// Which reader a file goes to: its name first, then what the zip holds. Answers, never throws.

/** A certificate or profile is a few KB; a larger non-zip file is not read into memory to find out. */
const CERTIFICATE_FILE_LIMIT = 1024 * 1024;

const NOT_A_PACKAGE = failure('不是 APK、IPA、HAP 或证书文件', 'not an APK, IPA, HAP or certificate file');

const PACKAGE_EXTENSIONS = new Set(['apk', 'ipa', 'hap', 'hsp', 'app']);

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

function readerFor(zip: Zip, extension: string): ((zip: Zip, now: Date) => Promise<PackageReport>) | undefined {
  const has = (test: (name: string) => boolean) => zip.entries.some((e) => test(e.name));
  if (extension === 'apk' || has((n) => n === 'AndroidManifest.xml')) return readApk;
  if (extension === 'ipa' || has((n) => /^Payload\/[^/]+\.app\//.test(n))) return readIpa;
  if (extension === 'hap' || extension === 'hsp' || has((n) => n === 'module.json' || n === 'config.json')) return readHap;
  if (extension === 'app' || has((n) => n === 'pack.info')) return readApp;
  return undefined;
}

async function openIfZip(source: RandomAccessSource): Promise<Zip | undefined> {
  try {
    return await openZip(source);
  } catch (error) {
    if (error instanceof NotZipError) return undefined;
    throw error;
  }
}

async function dispatch(source: RandomAccessSource, name: string, now: Date): Promise<PackageReport> {
  const zip = await openIfZip(source);
  const extension = extensionOf(name);
  if (zip) return readerFor(zip, extension)?.(zip, now) ?? NOT_A_PACKAGE;
  if (PACKAGE_EXTENSIONS.has(extension)) return failure(`这个 .${extension} 文件已损坏或不完整（不是完整的压缩包，可能没有下载完）`, `this .${extension} file is damaged or incomplete (no complete zip archive: perhaps its download did not finish)`);
  if (source.size === 0 || source.size > CERTIFICATE_FILE_LIMIT) return NOT_A_PACKAGE;
  return readCertificateFile(await source.read(0, source.size), now) ?? NOT_A_PACKAGE;
}

/** Reads an APK, IPA, HAP/APP or certificate file into a PackageReport. */
export async function readPackage(source: RandomAccessSource, name: string, options: ReadOptions = {}): Promise<PackageReport> {
  try {
    return await dispatch(source, name, options.now ?? new Date());
  } catch (error) {
    if (error instanceof TruncatedError || error instanceof NotZipError) return failure('文件已损坏或不完整', `the file is damaged or incomplete (${error.message})`);
    if (error instanceof TooLargeError) return failure('包内的文件大得不合常理，未读取', `a file inside the package is implausibly large and was not read (${error.message})`);
    if (error instanceof NotCertificateError || error instanceof NotSignedDataError) return failure('文件已损坏或不完整', `the file is damaged or incomplete (${error.message})`);
    return failure('无法读取该文件', `the file could not be read (${String(error)})`);
  }
}
