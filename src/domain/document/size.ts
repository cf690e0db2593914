// Sizes in a message that says something is over a limit. Megabytes (1,048,576 bytes)
// with two decimals, cut rather than rounded, when that shows the size is over; otherwise
// (just over the limit) both in bytes, so a message never reads "5 MB; at most 5 MB".
//
// API: sizeOverLimit(bytes, limit) -> { unit, size, limit }; formatSize(unit, n) -> English text.
export const MEGABYTE = 1024 * 1024;

export interface SizeOverLimit {
  unit: "MB" | "bytes";
  size: number;
  limit: number;
}

export function sizeOverLimit(bytes: number, limit: number): SizeOverLimit {
  const megabytes = Math.floor((bytes / MEGABYTE) * 100) / 100;
  if (megabytes > limit / MEGABYTE) return { unit: "MB", size: megabytes, limit: limit / MEGABYTE };
  return { unit: "bytes", size: bytes, limit };
}

export function formatSize(unit: SizeOverLimit["unit"], n: number): string {
  return `${n.toLocaleString("en-GB", { maximumFractionDigits: 2 })} ${unit}`;
}

const encoder = new TextEncoder();

/** Bytes of the text in UTF-8 (a lone surrogate counts as U+FFFD, as it would be written). */
export function utf8Length(text: string): number {
  // Fewer than 3 bytes per character can be counted without encoding; native encoding is faster than a loop beyond that.
  return text.length * 3 <= 65_536 ? countUtf8(text) : encoder.encode(text).length;
}

function countUtf8(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 2 code units, 4 bytes
      i++;
    } else bytes += 2; // 3 bytes (a lone surrogate is written as U+FFFD, also 3 bytes)
  }
  return bytes;
}
