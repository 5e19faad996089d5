import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Entries in the archive. */
  entries: number;
  /** Bytes of all entries once decompressed. */
  uncompressed: number;
}

export interface ZipEntry {
  name: string;
  /** Decompressed bytes (bounded by the limits). */
  data: Buffer;
}

/** Why an archive was refused: `too-large` (a limit, or a size that lies) or `unreadable`. */
export class ZipRefused extends Error {
  constructor(
    readonly reason: 'too-large' | 'unreadable',
    message: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Reads a ZIP (an .xlsx) from its central directory, refusing it before anything big is allocated when the
 * declared sizes pass the limits, and inflating each entry with its declared size as a hard cap, so an entry
 * whose real size lies is refused too. ZIP64 archives are refused: no spreadsheet worth importing needs one.
 */
export function readZip(buf: Buffer, limits: ZipLimits): ZipEntry[] {
  const eocd = findEocd(buf);
  if (eocd < 0) throw new ZipRefused('unreadable', 'not a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipRefused('too-large', 'zip64 archive');
  if (count > limits.entries) throw new ZipRefused('too-large', `${count} entries`);
  const found: { name: string; method: number; start: number; packed: number; size: number }[] = [];
  let total = 0;
  for (let p = offset, i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipRefused('unreadable', 'bad directory');
    const method = buf.readUInt16LE(p + 10);
    const packed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    total += size;
    if (size === 0xffffffff || total > limits.uncompressed)
      throw new ZipRefused('too-large', `${total} bytes uncompressed`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new ZipRefused('unreadable', 'bad entry');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + packed > buf.length) throw new ZipRefused('unreadable', 'truncated entry');
    found.push({ name, method, start, packed, size });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return found.map(({ name, method, start, packed, size }) => {
    const raw = buf.subarray(start, start + packed);
    if (method === 0) {
      if (packed !== size) throw new ZipRefused('unreadable', `bad stored entry ${name}`);
      return { name, data: raw };
    }
    if (method !== 8) throw new ZipRefused('unreadable', `compression method ${method}`);
    try {
      return { name, data: inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) }) };
    } catch (e) {
      const lies = (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      throw new ZipRefused(lies ? 'too-large' : 'unreadable', `entry ${name}: ${(e as Error).message}`);
    }
  });
}

function findEocd(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
    if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/**
 * Occurrences of `needle` in `data` (e.g. `<row ` in a worksheet, `,` in a CSV), without decoding it to text;
 * stops counting past `max`. One byte is counted by a plain loop (millions of indexOf calls would be slow).
 */
export function countOf(data: Buffer, needle: string, max = Number.POSITIVE_INFINITY): number {
  const n = Buffer.from(needle);
  let count = 0;
  if (n.length === 1) {
    const byte = n[0];
    for (let i = 0; i < data.length && count <= max; i++) if (data[i] === byte) count++;
    return count;
  }
  for (let i = data.indexOf(n); i >= 0 && count <= max; i = data.indexOf(n, i + n.length)) count++;
  return count;
}
