import { inflateSync } from 'node:zlib';

const NAME = 0x6e616d65; // 'name'

/**
 * Unpacks a WOFF 1.0 font into the TrueType/OpenType file it wraps, for renderers that
 * read only those (resvg). With `family`, the font's name table is replaced by one naming
 * it so: subsets of one font all carry the same family name, and resvg, which picks a
 * font by family name, could not otherwise tell them apart.
 */
export function woffToSfnt(woff: Uint8Array, family?: string): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = view.getUint32(entry + 4);
    const compLength = view.getUint32(entry + 8);
    const origLength = view.getUint32(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const tag = view.getUint32(entry);
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    return { tag, checksum: view.getUint32(entry + 16), data: tag === NAME && family !== undefined ? nameTable(family) : data };
  });
  const headerLength = 12 + numTables * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const size = tables.reduce((sum, t) => sum + padded(t.data.length), headerLength);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(numTables));
  outView.setUint32(0, view.getUint32(4));
  outView.setUint16(4, numTables);
  outView.setUint16(6, power * 16);
  outView.setUint16(8, Math.log2(power));
  outView.setUint16(10, numTables * 16 - power * 16);
  let offset = headerLength;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    outView.setUint32(record, table.tag);
    outView.setUint32(record + 4, table.checksum);
    outView.setUint32(record + 8, offset);
    outView.setUint32(record + 12, table.data.length);
    out.set(table.data, offset);
    offset += padded(table.data.length);
  });
  return out;
}

/** A `name` table (format 0, Windows Unicode English) giving family, style, full and PostScript names. */
function nameTable(family: string): Uint8Array {
  const records: [number, string][] = [
    [1, family],
    [2, 'Regular'],
    [4, family],
    [6, family.replace(/[^A-Za-z0-9-]/g, '')],
  ];
  const strings = records.map(([, text]) => {
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) >> 8;
      bytes[i * 2 + 1] = text.charCodeAt(i) & 0xff;
    }
    return bytes;
  });
  const storageOffset = 6 + records.length * 12;
  const out = new Uint8Array(storageOffset + strings.reduce((sum, s) => sum + s.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(0, 0);
  view.setUint16(2, records.length);
  view.setUint16(4, storageOffset);
  let offset = 0;
  records.forEach(([nameId], i) => {
    const record = 6 + i * 12;
    const bytes = strings[i] ?? new Uint8Array();
    view.setUint16(record, 3); // Windows
    view.setUint16(record + 2, 1); // Unicode BMP
    view.setUint16(record + 4, 0x409); // English (US)
    view.setUint16(record + 6, nameId);
    view.setUint16(record + 8, bytes.length);
    view.setUint16(record + 10, offset);
    out.set(bytes, storageOffset + offset);
    offset += bytes.length;
  });
  return out;
}
