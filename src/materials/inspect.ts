import { orientationInExif, swapsSides } from './exif-orientation';

// What a file really is, read from its first bytes and headers (never from its name or declared type). Pure and
// synchronous, so it runs in a content script, a worker or Node alike.

export type SniffedType = 'image/jpeg' | 'image/png' | 'application/pdf' | 'other';
/** The format behind the type, so that a message can say "this is a GIF" rather than "other". */
export type SniffedFormat = 'jpeg' | 'png' | 'pdf' | 'gif' | 'webp' | 'bmp' | 'tiff' | 'heic' | 'unknown';

export type ByteInspection = {
  type: SniffedType;
  format: SniffedFormat;
  /** The declared type as given, normalised (`image/jpg` → `image/jpeg`). */
  declaredType: string;
  /** The declared type says something else than the bytes. */
  mismatch: boolean;
  /** Stored pixel size (JPEG SOF, PNG IHDR); undefined when the header is missing or not read. */
  width?: number;
  height?: number;
  /** EXIF orientation 1–8 of a JPEG; undefined when it carries none. */
  orientation?: number;
  /** The size as shown upright: width and height swapped for orientations 5–8. */
  displayWidth?: number;
  displayHeight?: number;
  bytes: number;
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const HEIF_BRANDS = new Set(['heic', 'heix', 'heif', 'hevc', 'mif1', 'msf1', 'avif']);

function formatOf(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('BM'))) return 'bmp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, ascii('ftyp'), 4) && HEIF_BRANDS.has(String.fromCharCode(...bytes.subarray(8, 12)))) return 'heic';
  return 'unknown';
}

const TYPE_OF_FORMAT: Readonly<Record<SniffedFormat, SniffedType>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
  gif: 'other',
  webp: 'other',
  bmp: 'other',
  tiff: 'other',
  heic: 'other',
  unknown: 'other',
};

const TYPE_ALIASES: Readonly<Record<string, string>> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg', 'image/x-png': 'image/png' };

/** `IMAGE/JPG; charset=…` → `image/jpeg`. */
export function normaliseType(declared: string): string {
  const bare = declared.split(';')[0]!.trim().toLowerCase();
  return TYPE_ALIASES[bare] ?? bare;
}

/** The declared type a format would carry, to compare against (`image/gif` for a GIF). */
const DECLARED_OF_FORMAT: Readonly<Record<SniffedFormat, string | undefined>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  tiff: 'image/tiff',
  heic: undefined,
  unknown: undefined,
};

type JpegHeader = { width?: number; height?: number; orientation?: number };

/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function readJpeg(bytes: Uint8Array): JpegHeader {
  const header: JpegHeader = {};
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return header;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return header; // the image data starts: no header follows
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const body = at + 4;
    const end = Math.min(at + 2 + length, bytes.length);
    if (marker === 0xe1 && header.orientation === undefined) header.orientation = orientationInExif(bytes, body, end);
    if (isStartOfFrame(marker) && body + 5 <= bytes.length) {
      header.height = (bytes[body + 1]! << 8) | bytes[body + 2]!;
      header.width = (bytes[body + 3]! << 8) | bytes[body + 4]!;
      return header;
    }
    at += 2 + length;
  }
  return header;
}

function readPng(bytes: Uint8Array): { width?: number; height?: number } {
  if (bytes.length < 24 || !startsWith(bytes, ascii('IHDR'), 12)) return {};
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Sniffs the bytes' real type, its pixel size and (JPEG) EXIF orientation, and whether the declared type agrees. */
export function inspectBytes(bytes: Uint8Array, declaredType: string): ByteInspection {
  const format = formatOf(bytes);
  const declared = normaliseType(declaredType);
  const expected = DECLARED_OF_FORMAT[format];
  const mismatch = declared === '' ? false : expected === undefined ? true : declared !== expected;
  const dims = format === 'jpeg' ? readJpeg(bytes) : format === 'png' ? readPng(bytes) : {};
  const inspection: ByteInspection = { type: TYPE_OF_FORMAT[format], format, declaredType: declared, mismatch, bytes: bytes.length, ...dims };
  if (inspection.width !== undefined && inspection.height !== undefined) {
    const swap = swapsSides(inspection.orientation);
    inspection.displayWidth = swap ? inspection.height : inspection.width;
    inspection.displayHeight = swap ? inspection.width : inspection.height;
  }
  return inspection;
}

/** A format as people name it (JPEG, HEIC/HEIF); '' for bytes no format we know. */
export const FORMAT_NAMES: Readonly<Record<SniffedFormat, string>> = {
  jpeg: 'JPEG',
  png: 'PNG',
  pdf: 'PDF',
  gif: 'GIF',
  webp: 'WebP',
  bmp: 'BMP',
  tiff: 'TIFF',
  heic: 'HEIC/HEIF',
  unknown: '',
};
