// The font program jsPDF embeds for each font the PDF uses, written with typed arrays.
// jsPDF's own writer (TTFFont's Subset.encode) builds the same bytes one number at a time
// in growing arrays and copies the whole font several times over (about a tenth of a
// second per font); this one writes them once. The output is byte for byte what jsPDF
// writes (tests/unit/report-pdf-font-subset.test.ts compares the two): every glyph used
// (and the parts of composite glyphs) at its own glyph id, the loca table pointing the
// other ids at nothing, the other tables copied, and jsPDF's table directory, checksums
// included.
import type { jsPDF } from "jspdf";

interface Glyph {
  compound: boolean;
  glyphIDs?: number[];
}

interface TableEntry {
  offset: number;
  length: number;
}

/** The parts of jsPDF's TTFFont (its "metadata") that the writer reads. */
export interface TtfFont {
  rawData: Uint8Array;
  directory: { scalarType: number; tables: Record<string, TableEntry> };
  loca: { offsets: number[] };
  glyf: { offset: number; glyphFor(id: number): Glyph | null };
  head: { encode(indexToLocFormat: number): number[] };
  os2: { exists: boolean };
  subset: { subset: Record<string, number>; encode(glyphIds: number[], indexToLocFormat: number): ArrayLike<number> };
}

/** Makes jsPDF write this font of the document with writeFontSubset. */
export function fastFontSubset(doc: jsPDF, fontName: string, style: string): void {
  const font = (doc as unknown as { getFont(name: string, style: string): { metadata?: TtfFont } }).getFont(fontName, style).metadata;
  if (!font?.subset || !(font.rawData instanceof Uint8Array)) return;
  const jspdfEncode = font.subset.encode.bind(font.subset);
  font.subset.encode = (glyphIds, indexToLocFormat) =>
    // jsPDF fills its subset's character map only through a method it never calls; should it ever, its own writer takes over.
    indexToLocFormat === 1 && Object.keys(font.subset.subset).length === 0 ? writeFontSubset(font, glyphIds) : jspdfEncode(glyphIds, indexToLocFormat);
}

/** The bytes jsPDF's Subset.encode(glyphIds, 1) returns, for a subset with an empty character map. */
export function writeFontSubset(font: TtfFont, glyphIds: readonly number[]): Uint8Array {
  const used = usedGlyphs(font, glyphIds);
  const offsets = font.loca.offsets;
  const raw = font.rawData;

  let glyfLength = 0;
  for (const id of used) glyfLength += Math.max(0, offsets[id + 1]! - offsets[id]!);
  const glyf = new Uint8Array(glyfLength);
  const loca = new Uint8Array(offsets.length * 4);
  const locaView = new DataView(loca.buffer);
  let at = 0;
  let next = 0;
  for (let id = 0; id < offsets.length; id++) {
    locaView.setUint32(id * 4, at);
    if (used[next] !== id) continue;
    next++;
    const length = offsets[id + 1]! - offsets[id]!;
    if (length <= 0) continue;
    const start = font.glyf.offset + offsets[id]!;
    glyf.set(raw.subarray(start, start + length), at);
    at += length;
  }

  const copy = (tag: string) => {
    const entry = font.directory.tables[tag]!;
    return raw.subarray(entry.offset, entry.offset + entry.length);
  };
  const tables: [string, Uint8Array][] = [
    ["cmap", copy("cmap")],
    ["glyf", glyf],
    ["loca", loca],
    ["hmtx", copy("hmtx")],
    ["hhea", copy("hhea")],
    ["maxp", copy("maxp")],
    ["post", copy("post")],
    ["name", copy("name")],
    ["head", Uint8Array.from(font.head.encode(1))],
  ];
  if (font.os2.exists) tables.push(["OS/2", copy("OS/2")]);
  return writeDirectory(font.directory.scalarType, tables);
}

/** Glyph ids in ascending order, each once: the ones asked for, 0, and the parts of composite glyphs. */
function usedGlyphs(font: TtfFont, glyphIds: readonly number[]): number[] {
  const used = new Set<number>([0]);
  let pending = [...glyphIds];
  while (pending.length) {
    const parts: number[] = [];
    for (const id of pending) {
      const n = Number(id);
      if (used.has(n) && n !== 0) continue;
      used.add(n);
      const glyph = font.glyf.glyphFor(n);
      if (glyph?.compound && glyph.glyphIDs) parts.push(...glyph.glyphIDs);
    }
    pending = parts.filter((id) => !used.has(Number(id)));
  }
  return [...used].sort((a, b) => a - b);
}

/**
 * jsPDF's Directory.encode: its header fields as it computes them (entrySelector
 * included, which it gets wrong the same way every time), each table padded to four
 * bytes, and head's checkSumAdjustment set from the checksum of the whole file.
 */
function writeDirectory(scalarType: number, tables: [string, Uint8Array][]): Uint8Array {
  const count = tables.length;
  const searchRange = Math.floor(Math.log(count) / Math.log(2)) * 16;
  const entrySelector = Math.floor(searchRange / Math.log(2));
  const headerLength = 12 + count * 16;
  const padded = (n: number) => n + ((4 - (n % 4)) % 4);
  const total = headerLength + tables.reduce((sum, [, t]) => sum + padded(t.length), 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, scalarType >>> 0);
  view.setUint16(4, count);
  view.setUint16(6, searchRange & 0xffff);
  view.setUint16(8, entrySelector & 0xffff);
  view.setUint16(10, (count * 16 - searchRange) & 0xffff);
  let offset = headerLength;
  let headOffset = 0;
  tables.forEach(([tag, table], i) => {
    const entry = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[entry + c] = tag.charCodeAt(c);
    view.setUint32(entry + 4, checksum(table));
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, table.length);
    out.set(table, offset);
    if (tag === "head") headOffset = offset;
    offset += padded(table.length);
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** Sum of the big-endian 32-bit words (the last one padded with zeros), modulo 2^32. */
function checksum(bytes: Uint8Array): number {
  let sum = 0;
  const whole = bytes.length - (bytes.length % 4);
  for (let i = 0; i < whole; i += 4) sum = (sum + ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!)) >>> 0;
  if (whole < bytes.length) {
    let last = 0;
    for (let i = 0; i < 4; i++) last = (last << 8) | (bytes[whole + i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}
