// The shape of a document, checked before the schema: how deep objects and lists nest,
// how many entries each has, how many values there are in all, how long any string is,
// and (in a file's text) that no object has the same field twice. The schema library
// recurses and gathers one issue per bad entry, so a hostile shape must be refused
// before it gets there; both checks here are loops with their own stack and stop at the
// first limit passed, so the time spent is bounded by the limits, not by the file.
//
// API:
//   scanJsonText(text) -> Shape       the text of a file, before JSON.parse; also refuses
//                                     text that is not JSON, saying where (line, column)
//   checkValueShape(value) -> Shape   a value already parsed (a stored record)
// Shape.fatal: the value must not go further (too deep, too many entries or values, not
// JSON). Otherwise the problems (a string over the limit, a repeated field) are still to
// be listed with what the schema finds; no problems means the shape is fine.
import { MAX_DEPTH, MAX_ENTRIES, MAX_LONG_TEXT, MAX_VALUES } from "./limits";
import { formatPath, MAX_LISTED_PROBLEMS, type Problem } from "./problems";

type Key = string | number;

const count = (n: number) => n.toLocaleString("en-GB");
const TOO_DEEP = `is nested more than ${MAX_DEPTH} levels deep`;
const TOO_MANY_ENTRIES = `has more than ${count(MAX_ENTRIES)} entries`;
const TOO_MANY_VALUES = `The file holds more than ${count(MAX_VALUES)} values; an assessment has far fewer.`;
const TOO_LONG = `is longer than ${count(MAX_LONG_TEXT)} characters`;
const KEY_TOO_LONG = `has a field name longer than ${count(MAX_LONG_TEXT)} characters`;
export const DUPLICATE = "appears twice in the same group of fields: a file may have each field only once";

interface Frame {
  object: boolean;
  /** Entries seen so far. */
  count: number;
  /** The current field name (object) or index (list). */
  key: Key;
  keys: Set<string> | null;
}

export interface Shape {
  fatal: boolean;
  problems: Problem[];
}

class Stop {
  constructor(
    readonly problem: Problem,
    readonly fatal = true,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
// eslint-disable-next-line no-control-regex
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const SIMPLE_ESCAPE = new Uint8Array(128);
for (const c of '"\\/bfnrt') SIMPLE_ESCAPE[c.charCodeAt(0)] = 1;

/**
 * Reads the text as JSON (RFC 8259) without building anything: keeps only a stack of the
 * open objects and lists. Fatal limits (depth, entries, values, syntax) stop at once; a
 * long string or a repeated field is noted and the scan goes on, up to 10 problems.
 */
export function scanJsonText(text: string): Shape {
  const problems: Problem[] = [];
  const stack: Frame[] = [];
  const path = (): Key[] => stack.map((f) => f.key);
  const note = (problem: Problem) => {
    problems.push(problem);
    if (problems.length >= MAX_LISTED_PROBLEMS) throw new Stop(problems.pop()!, false);
  };
  let i = 0;
  let values = 0;

  const skipWhitespace = () => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i));
  };
  const syntax = (): never => {
    throw new Stop({ where: "(file)", message: notJsonMessage(text, i) });
  };
  /** Moves past the string that starts at i; returns its length in characters once decoded. */
  const string = (): { length: number; start: number; escaped: boolean } => {
    const start = i;
    let saved = 0; // characters the escapes take beyond the one each stands for
    i++;
    for (;;) {
      let c = text.charCodeAt(i);
      if (c !== 0x22 && c !== 0x5c && c >= 0x20) {
        // A run of plain characters: the regular expression engine skips it far faster than a loop.
        PLAIN.lastIndex = i;
        PLAIN.test(text);
        i = PLAIN.lastIndex;
        c = text.charCodeAt(i);
      }
      if (c === 0x22) break;
      if (c !== 0x5c) syntax(); // a control character, or the end of the text
      const next = text.charCodeAt(i + 1);
      if (next === 0x75) {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) {
          i += 2;
          syntax();
        }
        i += 6;
        saved += 5;
      } else if (next < 128 && SIMPLE_ESCAPE[next]) {
        i += 2;
        saved += 1;
      } else {
        i++;
        syntax();
      }
    }
    i++;
    return { length: i - start - 2 - saved, start, escaped: saved > 0 };
  };
  const keyText = (s: { start: number; escaped: boolean }) => {
    const raw = text.slice(s.start, i);
    return s.escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  const open = (object: boolean) => {
    if (stack.length >= MAX_DEPTH) throw new Stop({ where: formatPath(path()), message: TOO_DEEP });
    stack.push({ object, count: 0, key: 0, keys: null });
    i++;
  };
  /** Counts an entry of the innermost container, which is refused past the limit. */
  const entry = (frame: Frame) => {
    frame.count++;
    if (frame.count > MAX_ENTRIES) throw new Stop({ where: formatPath(stack.slice(0, -1).map((f) => f.key)), message: TOO_MANY_ENTRIES });
  };

  try {
    // States: a value is expected, or a field name (or the end of an empty object), or
    // what follows a value (a comma, a closing bracket, or the end of the text).
    let state: "value" | "firstValue" | "key" | "firstKey" | "after" = "value";
    for (;;) {
      skipWhitespace();
      const c = text.charCodeAt(i);
      if (state === "after") {
        const top = stack[stack.length - 1];
        if (!top) {
          if (i >= text.length) break;
          syntax();
        } else if (c === 0x2c) {
          i++;
          if (top.object) state = "key";
          else {
            entry(top);
            top.key = top.count - 1;
            state = "value";
          }
        } else if ((c === 0x7d && top.object) || (c === 0x5d && !top.object)) {
          stack.pop();
          i++;
        } else syntax();
        continue;
      }
      if (state === "firstKey" || state === "key") {
        const top = stack[stack.length - 1]!;
        if (state === "firstKey" && c === 0x7d) {
          stack.pop();
          i++;
          state = "after";
          continue;
        }
        if (c !== 0x22) syntax();
        const s = string();
        entry(top);
        const key = keyText(s);
        top.key = key;
        if (s.length > MAX_LONG_TEXT) note({ where: formatPath(path().slice(0, -1)), message: KEY_TOO_LONG });
        else {
          top.keys ??= new Set();
          if (top.keys.has(key)) note({ where: formatPath(path()), message: DUPLICATE });
          top.keys.add(key);
        }
        skipWhitespace();
        if (text.charCodeAt(i) !== 0x3a) syntax();
        i++;
        state = "value";
        continue;
      }
      // A value (or, right after "[", the end of an empty list).
      if (state === "firstValue") {
        const top = stack[stack.length - 1]!;
        if (c === 0x5d) {
          stack.pop();
          i++;
          state = "after";
          continue;
        }
        entry(top);
        top.key = 0;
      }
      values++;
      if (values > MAX_VALUES) throw new Stop({ where: "(file)", message: TOO_MANY_VALUES });
      if (c === 0x7b) {
        open(true);
        state = "firstKey";
        continue;
      }
      if (c === 0x5b) {
        open(false);
        state = "firstValue";
        continue;
      }
      if (c === 0x22) {
        if (string().length > MAX_LONG_TEXT) note({ where: formatPath(path()), message: TOO_LONG });
      } else if (c === 0x74 && text.startsWith("true", i)) i += 4;
      else if (c === 0x66 && text.startsWith("false", i)) i += 5;
      else if (c === 0x6e && text.startsWith("null", i)) i += 4;
      else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) syntax();
        i = NUMBER.lastIndex;
      }
      state = "after";
    }
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { fatal: error.fatal, problems: [...problems, error.problem] };
  }
  return { fatal: false, problems };
}

/** Walks a parsed value without recursion: depth, entries per container, values in all, string lengths. */
export function checkValueShape(value: unknown): Shape {
  interface Item {
    value: unknown;
    key: Key | null;
    parent: Item | null;
    depth: number;
  }
  const pathOf = (item: Item): Key[] => {
    const keys: Key[] = [];
    for (let at: Item | null = item; at && at.key !== null; at = at.parent) keys.push(at.key);
    return keys.reverse();
  };
  const problems: Problem[] = [];
  const fatal = (problem: Problem): Shape => ({ fatal: true, problems: [...problems, problem] });
  const pending: Item[] = [{ value, key: null, parent: null, depth: 0 }];
  let values = 0;
  while (pending.length) {
    const item = pending.pop()!;
    if (++values > MAX_VALUES) return fatal({ where: "(file)", message: TOO_MANY_VALUES });
    const v = item.value;
    if (typeof v === "string") {
      if (v.length > MAX_LONG_TEXT) problems.push({ where: formatPath(pathOf(item)), message: TOO_LONG });
      if (problems.length >= MAX_LISTED_PROBLEMS) return { fatal: false, problems };
      continue;
    }
    if (typeof v !== "object" || v === null) continue;
    if (item.depth >= MAX_DEPTH) return fatal({ where: formatPath(pathOf(item)), message: TOO_DEEP });
    const keys: Key[] = Array.isArray(v) ? [] : Object.keys(v);
    const size = Array.isArray(v) ? v.length : keys.length;
    if (size > MAX_ENTRIES) return fatal({ where: formatPath(pathOf(item)), message: TOO_MANY_ENTRIES });
    for (let k = size - 1; k >= 0; k--) {
      const key = Array.isArray(v) ? k : keys[k]!;
      if (typeof key === "string" && key.length > MAX_LONG_TEXT) {
        problems.push({ where: formatPath(pathOf(item)), message: KEY_TOO_LONG });
        continue;
      }
      pending.push({ value: (v as Record<Key, unknown>)[key], key, parent: item, depth: item.depth + 1 });
    }
  }
  return { fatal: false, problems };
}

/** Where the text stops being JSON, as a line and column; with a hint when it looks like UTF-16. */
export function notJsonMessage(text: string, at: number): string {
  if (looksLikeUtf16(text)) {
    return "The file is not valid JSON: it looks like it was saved as UTF-16 text (two bytes for each letter). Save it as UTF-8 and try again.";
  }
  if (at >= text.length) return "The file is not valid JSON: it ends too early. It may be damaged or cut short.";
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf("\n"); k !== -1 && k < at; k = text.indexOf("\n", k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return `The file is not valid JSON (line ${count(line)}, column ${count(at - lineStart + 1)}). It may be damaged or cut short.`;
}

/** UTF-16 read as UTF-8: the zero byte of every ASCII character shows up as U+0000. */
function looksLikeUtf16(text: string): boolean {
  const head = text.slice(0, 200);
  const zeros = head.split("\u0000").length - 1;
  return zeros > 0 && zeros >= head.length / 4;
}
