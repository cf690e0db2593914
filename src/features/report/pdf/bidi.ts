// Right-to-left text for the PDF, as pure functions (no jsPDF): bidi control characters
// removed, each line cut into runs of one direction and one font, and the runs put in
// visual order. A simplified Unicode Bidirectional Algorithm (UAX #9): rules W1-W7,
// N1-N2, I1-I2, L1-L2 on one line at a time. There are no explicit embeddings: user text
// never gets to open one, because every bidi control character is stripped first.
// jsPDF then shapes each Arabic run (letters joined) and reverses it (text.ts).

/** Bidi controls (LRM, RLM, ALM, LRE..RLO, LRI..PDI): in user text they could reorder the rest of a line. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/**
 * Arabic vowel marks (harakat, shadda, Quranic marks). jsPDF has no mark positioning and
 * its shaper counts a mark as a joining letter, so a mark would break the join of the next
 * letter and land on the wrong one; everyday Arabic is written without them, so the PDF
 * leaves them out.
 */
const ARABIC_MARKS = /[ؐ-ًؚ-ٰٟۖ-ۜ۟-۪ۤۧۨ-ۭ࣓-ࣿ]/g;

/** Text as the PDF draws it: no bidi controls, no Arabic vowel marks. */
export function cleanText(text: string): string {
  return stripBidiControls(text).replace(ARABIC_MARKS, "");
}

export type BidiClass = "L" | "R" | "AL" | "EN" | "AN" | "ES" | "ET" | "CS" | "NSM" | "WS" | "S" | "ON";

/** Code points drawn with Noto Sans Arabic: the Arabic blocks, including its Common-script comma, semicolon, question mark and tatweel. */
const ARABIC_BLOCKS = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const HEBREW_LETTER = /[\u0590-\u05FF\u07C0-\u085F\uFB1D-\uFB4F]/;
const ARABIC_LETTER = /[\u0600-\u07BF\u0860-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Each character's class, worked out once: a line of Arabic visits the same few dozen characters over and over. */
const classes = new Map<string, BidiClass>();

export function bidiClass(ch: string): BidiClass {
  let known = classes.get(ch);
  if (known === undefined) {
    known = classify(ch);
    classes.set(ch, known);
  }
  return known;
}

function classify(ch: string): BidiClass {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x09) return "S";
  if (/\s/.test(ch)) return "WS";
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x06f0 && c <= 0x06f9) || c === 0xb2 || c === 0xb3 || c === 0xb9) return "EN";
  if ((c >= 0x0660 && c <= 0x0669) || c === 0x066b || c === 0x066c || (c >= 0x0600 && c <= 0x0605)) return "AN";
  if (/\p{Mn}|\p{Me}/u.test(ch)) return "NSM";
  if ("+-\u2212".includes(ch)) return "ES";
  if ("#$%\u00A2\u00A3\u00A4\u00A5\u00B0\u00B1\u066A\u20AC".includes(ch)) return "ET";
  if (",./:\u060C".includes(ch)) return "CS";
  if (HEBREW_LETTER.test(ch)) return "R";
  if (ARABIC_LETTER.test(ch)) return "AL";
  if (/[\p{L}\p{Nd}\p{Mc}]/u.test(ch)) return "L";
  return "ON";
}

/**
 * The direction of a paragraph (one cell, one label, one value). A report's labels are
 * templates with user text inside ("{title}, version {version}"), so the report's own
 * direction wins whenever the text has a letter of that direction; otherwise the text's
 * letters decide. Text without letters ("+17", "2026-03-01") is left to right.
 */
export function isRtlParagraph(text: string, rtlReport: boolean): boolean {
  let left = false;
  let right = false;
  for (const ch of text) {
    const k = bidiClass(ch);
    if (k === "L") left = true;
    else if (k === "R" || k === "AL") right = true;
  }
  return right && (rtlReport || !left);
}

/** True when a text has Arabic script: the PDF then needs Noto Sans Arabic. */
export function hasArabicScript(text: string): boolean {
  return ARABIC_BLOCKS.test(text);
}

/** True when a text needs run-by-run drawing: it holds a right-to-left letter or Arabic script. */
export function needsRuns(text: string): boolean {
  return /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(text);
}

/** Embedding level of each character (indexed like `Array.from(text)`) in a paragraph of base direction `rtl`. */
export function bidiLevels(text: string, rtl: boolean): number[] {
  const chars = Array.from(text);
  const base = rtl ? 1 : 0;
  const e: BidiClass = rtl ? "R" : "L";
  const types = chars.map(bidiClass);
  const n = types.length;
  // W1: a mark takes the type of what it follows.
  for (let i = 0; i < n; i++) if (types[i] === "NSM") types[i] = i === 0 ? e : types[i - 1]!;
  // W2, W3: European digits after Arabic letters are Arabic numbers; AL becomes R.
  let strong: BidiClass = e;
  for (let i = 0; i < n; i++) {
    const t = types[i]!;
    if (t === "L" || t === "R" || t === "AL") strong = t;
    else if (t === "EN" && strong === "AL") types[i] = "AN";
  }
  for (let i = 0; i < n; i++) if (types[i] === "AL") types[i] = "R";
  // W4: one separator between two numbers of the same kind joins them.
  for (let i = 1; i < n - 1; i++) {
    const [a, t, b] = [types[i - 1], types[i], types[i + 1]];
    if (t === "ES" && a === "EN" && b === "EN") types[i] = "EN";
    else if (t === "CS" && a === b && (a === "EN" || a === "AN")) types[i] = a;
  }
  // W5: terminators (%, $) next to European digits become digits.
  for (let i = 0; i < n; i++) {
    if (types[i] !== "ET") continue;
    let j = i;
    while (j < n && types[j] === "ET") j++;
    if ((i > 0 && types[i - 1] === "EN") || (j < n && types[j] === "EN")) for (let k = i; k < j; k++) types[k] = "EN";
    i = j - 1;
  }
  // W6: other separators and terminators are neutral.
  for (let i = 0; i < n; i++) if (types[i] === "ES" || types[i] === "ET" || types[i] === "CS") types[i] = "ON";
  // W7: European digits after a Latin letter (or at the start of a left-to-right line) are left to right.
  strong = e;
  for (let i = 0; i < n; i++) {
    const t = types[i]!;
    if (t === "L" || t === "R") strong = t;
    else if (t === "EN" && strong === "L") types[i] = "L";
  }
  // N1, N2: neutrals between two of the same direction take it (digits count as R), otherwise the base.
  const dir = (t: BidiClass): "L" | "R" | null => (t === "L" ? "L" : t === "R" || t === "EN" || t === "AN" ? "R" : null);
  for (let i = 0; i < n; i++) {
    if (dir(types[i]!) !== null) continue;
    let j = i;
    while (j < n && dir(types[j]!) === null) j++;
    const before = i === 0 ? e : dir(types[i - 1]!)!;
    const after = j === n ? e : dir(types[j]!)!;
    const resolved = before === after ? before : e;
    for (let k = i; k < j; k++) types[k] = resolved;
    i = j - 1;
  }
  // I1, I2: implicit levels.
  const levels = types.map((t) => {
    if (base === 0) return t === "R" ? 1 : t === "AN" || t === "EN" ? 2 : 0;
    return t === "L" || t === "EN" || t === "AN" ? 2 : 1;
  });
  // L1: whitespace at the end of the line and before a tab goes back to the base level.
  const original = chars.map(bidiClass);
  for (let i = n - 1; i >= 0 && (original[i] === "WS" || original[i] === "S"); i--) levels[i] = base;
  for (let i = 0; i < n; i++) {
    if (original[i] !== "S") continue;
    levels[i] = base;
    for (let j = i - 1; j >= 0 && original[j] === "WS"; j--) levels[j] = base;
  }
  return levels;
}

export type RunFont = "latin" | "arabic";

export interface Run {
  /** Logical order: jsPDF shapes it, and reverses it when `rtl`. */
  text: string;
  level: number;
  rtl: boolean;
  font: RunFont;
}

/**
 * Which font draws a character: Arabic script needs Noto Sans Arabic; ASCII spaces,
 * digits and punctuation exist in both fonts and go with their neighbours (so an Arabic
 * phrase stays one run); everything else is Noto Sans.
 */
export function fontOf(ch: string): RunFont | null {
  if (ARABIC_BLOCKS.test(ch)) return "arabic";
  const c = ch.codePointAt(0) ?? 0;
  if (c <= 0x7e && !/[A-Za-z]/.test(ch)) return null;
  return "latin";
}

/** Font of each character, neutrals taking the font before them on the same level (or after, or Noto Sans). */
function fonts(chars: string[], levels: number[]): RunFont[] {
  const own = chars.map(fontOf);
  const out: (RunFont | null)[] = [...own];
  for (let i = 1; i < out.length; i++) if (out[i] === null && levels[i] === levels[i - 1]) out[i] = out[i - 1]!;
  for (let i = out.length - 2; i >= 0; i--) if (out[i] === null && levels[i] === levels[i + 1]) out[i] = out[i + 1]!;
  return out.map((f) => f ?? "latin");
}

/** A line cut into runs of one level and one font, in logical order. */
export function splitRuns(text: string, rtl: boolean): Run[] {
  const chars = Array.from(cleanText(text));
  const levels = bidiLevels(chars.join(""), rtl);
  const font = fonts(chars, levels);
  const runs: Run[] = [];
  chars.forEach((ch, i) => {
    const level = levels[i]!;
    const last = runs.at(-1);
    if (last && last.level === level && last.font === font[i]) last.text += ch;
    else runs.push({ text: ch, level, rtl: level % 2 === 1, font: font[i]! });
  });
  return runs;
}

/** L2: runs in the order they are drawn from left to right (from the highest level down, reverse every stretch at or above it). */
export function visualOrder<T extends { level: number }>(runs: readonly T[]): T[] {
  const out = [...runs];
  if (!out.length) return out;
  const max = Math.max(...out.map((r) => r.level));
  const min = Math.min(...out.map((r) => r.level));
  const lowestOdd = min % 2 === 1 ? min : min + 1;
  for (let level = max; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; i++) {
      if (out[i]!.level < level) continue;
      let j = i;
      while (j < out.length && out[j]!.level >= level) j++;
      out.splice(i, j - i, ...out.slice(i, j).reverse());
      i = j;
    }
  }
  return out;
}

/** A line as drawn: runs left to right, each with its direction and font. */
export function layoutLine(text: string, rtl: boolean): Run[] {
  return visualOrder(splitRuns(text, rtl));
}

/** Characters (code points) as they appear from left to right, for tests: each right-to-left run reversed. */
export function visualText(text: string, rtl: boolean): string {
  return layoutLine(text, rtl)
    .map((r) => (r.rtl ? Array.from(r.text).reverse().join("") : r.text))
    .join("");
}
