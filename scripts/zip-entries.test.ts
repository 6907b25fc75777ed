import { describe, expect, it } from 'vitest';
import { zipEntries } from './zip-entries';

/** A one-file stored zip written by hand from the format's field layout, with an archive comment. */
function tinyZip(name: string, body: string, comment: string): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const data = Buffer.from(body, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(0x0800, 8); // names are UTF-8
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const directoryOffset = local.length + nameBytes.length + data.length;
  const directorySize = central.length + nameBytes.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end, Buffer.from(comment)]);
}

describe('zipEntries', () => {
  it('finds the directory behind an archive comment and reads UTF-8 names and sizes', () => {
    expect(zipEntries(tinyZip('icons/café.txt', 'naïve', 'made by hand'))).toEqual([{ name: 'icons/café.txt', size: 6 }]);
  });

  it('refuses what is not a zip', () => {
    expect(() => zipEntries(Buffer.from('{"manifest_version":3}'))).toThrow('Not a zip file: no end-of-central-directory record.');
    expect(() => zipEntries(Buffer.alloc(4))).toThrow('Not a zip file: too short.');
  });

  it('refuses a zip cut short instead of listing part of it', () => {
    const zip = tinyZip('a.js', 'x', '');
    const directoryStart = zip.readUInt32LE(zip.length - 22 + 16);
    const broken = Buffer.from(zip);
    broken.writeUInt32LE(0, directoryStart); // the central directory header is gone
    expect(() => zipEntries(broken)).toThrow('Corrupt zip: central directory entry 1 of 1 is missing.');
  });
});
