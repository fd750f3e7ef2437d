import { memoise } from './memoise';
import ipaddr from 'ipaddr.js';

// IPv4 entries as filings write them: one address, or `start-end`. Classes come from ipaddr.js's special ranges.

export type IpEntry = { start: number; end: number; startText: string; endText: string };
export type IpProblem = 'cidr' | 'ipv6' | 'format';

const toNumber = (address: ipaddr.IPv4) => address.toByteArray().reduce((n, byte) => n * 256 + byte, 0);

/** ipaddr.js names the ranges no filing may use; `as112` and `amt` are anycast service blocks, not hosts. */
const NON_PUBLIC = ['unspecified', 'broadcast', 'multicast', 'linkLocal', 'loopback', 'carrierGradeNat', 'private', 'reserved', 'as112', 'amt'] as const;

type SpecialRanges = Record<string, [ipaddr.IPv4, number] | [ipaddr.IPv4, number][]>;
// ipaddr.js keeps its table on the prototype without typing it; reading it keeps us on the library's own data.
const SPECIAL = (ipaddr.IPv4.prototype as unknown as { SpecialRanges: SpecialRanges }).SpecialRanges;

const BLOCKS: { name: string; start: number; end: number }[] = NON_PUBLIC.flatMap((name) => {
  const ranges = SPECIAL[name] ?? [];
  const list = (Array.isArray(ranges[0]) ? ranges : [ranges]) as [ipaddr.IPv4, number][];
  return list.map(([base, bits]) => {
    const start = toNumber(base);
    return { name, start, end: start + 2 ** (32 - bits) - 1 };
  });
});

function parseAddress(text: string): ipaddr.IPv4 | IpProblem {
  const trimmed = text.trim();
  if (trimmed.includes('/')) return 'cidr';
  if (trimmed.includes(':')) return 'ipv6';
  if (!ipaddr.IPv4.isValidFourPartDecimal(trimmed)) return 'format';
  return ipaddr.IPv4.parse(trimmed);
}

function parseIpEntryOnce(text: string): IpEntry | IpProblem {
  const [first = '', second, ...rest] = text.split('-');
  if (rest.length) return 'format';
  const start = parseAddress(first);
  if (typeof start === 'string') return start;
  const end = second === undefined ? start : parseAddress(second);
  if (typeof end === 'string') return end;
  return { start: toNumber(start), end: toNumber(end), startText: start.toString(), endText: end.toString() };
}

export const parseIpEntry = memoise(parseIpEntryOnce);

/** The addresses an entry covers, low to high: a reversed range is reported once (range order), not again here. */
export const bounds = (entry: IpEntry): { low: number; high: number } =>
  entry.start <= entry.end ? { low: entry.start, high: entry.end } : { low: entry.end, high: entry.start };

/** The non-public block an entry touches (its ends, or anything between them), if any. */
export function nonPublicBlock(entry: IpEntry): string | undefined {
  const { low, high } = bounds(entry);
  return BLOCKS.find((b) => b.start <= high && b.end >= low)?.name;
}

export const entrySize = (entry: IpEntry) => Math.abs(entry.end - entry.start) + 1;

export function overlaps(a: IpEntry, b: IpEntry): boolean {
  const [x, y] = [bounds(a), bounds(b)];
  return x.low <= y.high && y.low <= x.high;
}

/** A range written as CIDR (`42.159.0.0/16`) or `a-b`, for provider IP lists in settings; undefined when unreadable. */
export function parseConfiguredRange(text: string): { start: number; end: number } | undefined {
  const trimmed = text.trim();
  if (trimmed.includes('/')) {
    try {
      // Network and broadcast addresses, so that a base with host bits set (42.159.10.0/16) still means the whole block.
      return { start: toNumber(ipaddr.IPv4.networkAddressFromCIDR(trimmed)), end: toNumber(ipaddr.IPv4.broadcastAddressFromCIDR(trimmed)) };
    } catch {
      return undefined;
    }
  }
  const entry = parseIpEntry(trimmed);
  if (typeof entry === 'string') return undefined;
  const { low, high } = bounds(entry);
  return { start: low, end: high };
}
