/**
 * Lists what a zip holds by reading its central directory, so the packaging step can check a store upload
 * before anyone uploads it. Node has zlib but no zip reader, and this needs no inflating: names and sizes
 * are stored plainly. Zip64 is refused rather than misread; an extension is nowhere near 4 GB.
 */

export interface ZipEntry {
  name: string;
  /** Uncompressed size in bytes. */
  size: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function findEndRecord(zip: Buffer): number {
  const last = zip.length - END_RECORD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('Not a zip file: no end-of-central-directory record.');
}

export function zipEntries(zip: Buffer): ZipEntry[] {
  if (zip.length < END_RECORD_SIZE) throw new Error('Not a zip file: too short.');
  const end = findEndRecord(zip);
  const count = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new Error('Zip64 archives are not supported.');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) {
      throw new Error(`Corrupt zip: central directory entry ${i + 1} of ${count} is missing.`);
    }
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), size: zip.readUInt32LE(at + 24) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
