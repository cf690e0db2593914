// jsPDF shapes Arabic (letters to their joined presentation forms, lam-alef ligatures)
// before it measures or draws any string, character by character, even a string with no
// Arabic in it, and again each time the same words come back. Here the same shaping is
// done once per word: a space never joins letters and is in none of jsPDF's ligatures, so
// shaping a text word by word gives exactly what jsPDF gives for the whole text
// (tests/unit/report-pdf-font-subset.test.ts compares the two). Text without Arabic script
// comes back unchanged, as it does from jsPDF.
import { jsPDF } from "jspdf";

type Shaper = (text: string) => string;
type ShapingHandler = (args: { text: unknown }) => unknown;

interface ArabicApi {
  processArabic: ShapingHandler & Shaper;
}

const api = jsPDF.API as unknown as ArabicApi;
/** jsPDF's own shaper: the "preProcessText" handler of every document, and what getStringUnitWidth calls. */
const jspdfShaping = api.processArabic;
/** The characters jsPDF's shaper changes are all in these blocks (Arabic, and its presentation forms). */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const words = new Map<string, string>();
const MAX_WORDS = 50_000;

/** The text as jsPDF shapes it. */
export function shapeArabic(text: string): string {
  if (!ARABIC.test(text)) return text;
  return text.split(" ").map(shapeWord).join(" ");
}

function shapeWord(word: string): string {
  let shaped = words.get(word);
  if (shaped === undefined) {
    shaped = jspdfShaping(word);
    if (words.size >= MAX_WORDS) words.clear();
    words.set(word, shaped);
  }
  return shaped;
}

/** jsPDF's "preProcessText" step with this shaper: the same result for a string, or for its array forms. */
const shapingHandler: ShapingHandler = (args) => {
  const text = args.text;
  const isString = (line: unknown): line is string => typeof line === "string";
  if (isString(text)) args.text = shapeArabic(text);
  else if (Array.isArray(text) && text.every((line) => isString(line) || (Array.isArray(line) && isString(line[0])))) {
    args.text = text.map((line: string | unknown[]) => (isString(line) ? [shapeArabic(line)] : [shapeArabic(line[0] as string), line[1], line[2]]));
  } else return jspdfShaping(args);
  return args;
};

// getStringUnitWidth (every measurement) calls jsPDF.API.processArabic.
api.processArabic = ((input: string | { text: unknown }) => (typeof input === "string" ? shapeArabic(input) : shapingHandler(input))) as ArabicApi["processArabic"];

/** Makes a document shape text with shapeArabic when it draws. */
export function shapeOnce(doc: jsPDF): void {
  const topics = (doc.internal as unknown as { events: { getTopics(): Record<string, Record<string, [unknown, boolean]>> } }).events.getTopics();
  for (const handler of Object.values(topics.preProcessText ?? {})) if (handler[0] === jspdfShaping) handler[0] = shapingHandler;
}
