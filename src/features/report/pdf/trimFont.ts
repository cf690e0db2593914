// A TrueType font cut down to the tables jsPDF reads and embeds, before jsPDF sees it.
// jsPDF parses every table it knows byte by byte and copies cmap, hmtx, post, name and
// OS/2 whole into every PDF (only glyf is subset). Noto Sans also carries OpenType
// layout tables jsPDF never uses (GSUB, GPOS: it shapes Arabic from Unicode presentation
// forms) and, in "post", a name for each of its 4,500 glyphs (53 KB, read by nobody: the
// PDF maps glyphs to text with its own ToUnicode table). Dropping them leaves the glyphs,
// metrics and character map untouched, so the PDF looks the same, and each font costs a
// third as much to parse, embed and compress. The character map keeps only the subtable
// jsPDF reads.

/** Tables jsPDF's TTFFont parses or its subset writes; everything else is left out. */
const KEPT = new Set(["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "OS/2", "post"]);
/** "post" version 3: the fixed 32-byte header, without glyph names. */
const POST_V3_LENGTH = 32;

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

/** The trimmed font as a binary string (one char per byte), which jsPDF's addFileToVFS accepts like base64. */
export function trimFont(base64: string): string {
  const source = atob(base64);
  const u32 = (at: number) => ((source.charCodeAt(at) << 24) | (source.charCodeAt(at + 1) << 16) | (source.charCodeAt(at + 2) << 8) | source.charCodeAt(at + 3)) >>> 0;
  const u16 = (at: number) => (source.charCodeAt(at) << 8) | source.charCodeAt(at + 1);
  const count = u16(4);
  const tables: TableRecord[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = source.slice(at, at + 4);
    if (!KEPT.has(tag)) continue;
    const length = tag === "post" ? Math.min(POST_V3_LENGTH, u32(at + 12)) : u32(at + 12);
    tables.push({ tag, offset: u32(at + 8), length });
  }
  const bodies = tables.map((t) => {
    const body = source.slice(t.offset, t.offset + t.length);
    if (t.tag === "post") return "\x00\x03\x00\x00" + body.slice(4);
    if (t.tag === "cmap") return windowsUnicodeCmap(body) ?? body;
    return body;
  });

  const header = 12 + 16 * tables.length;
  const log2 = Math.floor(Math.log2(tables.length));
  const parts = [source.slice(0, 4), be16(tables.length), be16(16 * 2 ** log2), be16(log2), be16(16 * tables.length - 16 * 2 ** log2)];
  let offset = header;
  const padded = bodies.map((body) => body + "\x00".repeat((4 - (body.length % 4)) % 4));
  tables.forEach((t, i) => {
    parts.push(t.tag, be32(checksum(padded[i]!)), be32(offset), be32(bodies[i]!.length));
    offset += padded[i]!.length;
  });
  return parts.join("") + padded.join("");
}

/**
 * The character map with only its Windows Unicode (3, 1) format 4 subtable, the one jsPDF
 * reads: it parses every subtable it can (a few dozen milliseconds each) and Noto Sans
 * lists the same one twice; the format 12 copies it cannot read at all.
 */
function windowsUnicodeCmap(cmap: string): string | undefined {
  const u16 = (at: number) => (cmap.charCodeAt(at) << 8) | cmap.charCodeAt(at + 1);
  const u32 = (at: number) => ((u16(at) << 16) | u16(at + 2)) >>> 0;
  for (let i = 0; i < u16(2); i++) {
    const record = 4 + 8 * i;
    const offset = u32(record + 4);
    if (u16(record) !== 3 || u16(record + 2) !== 1 || u16(offset) !== 4) continue;
    const subtable = cmap.slice(offset, offset + u16(offset + 2));
    return be16(0) + be16(1) + be16(3) + be16(1) + be32(12) + subtable;
  }
  return undefined;
}

function be16(n: number): string {
  return String.fromCharCode((n >>> 8) & 0xff, n & 0xff);
}

function be32(n: number): string {
  return String.fromCharCode((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

function checksum(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 4) {
    sum = (sum + ((body.charCodeAt(i) << 24) | (body.charCodeAt(i + 1) << 16) | (body.charCodeAt(i + 2) << 8) | body.charCodeAt(i + 3))) >>> 0;
  }
  return sum;
}
