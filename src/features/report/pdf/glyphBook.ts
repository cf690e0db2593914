// jsPDF's bookkeeping of the glyphs a document uses, made cheap. For every character it
// draws, jsPDF looks the glyph up in its list of widths with Array.indexOf (a scan of
// every glyph used so far) and appends the glyph to a list of glyphs used (duplicates
// and all, hundreds of thousands in a long report, each looked at again when the font
// is embedded). Both lists stay plain arrays with the same content as far as the PDF
// is concerned: the widths list answers indexOf from a set, and the used list keeps
// each glyph once (the font subset only asks which glyphs are in it).
import type { jsPDF } from "jspdf";

interface EmbeddedFont {
  metadata?: { Unicode?: { widths?: unknown[] }; glyIdsUsed?: number[] };
}

export function trackGlyphsOnce(doc: jsPDF, fontName: string, style: string): void {
  const font = (doc as unknown as { getFont(name: string, style: string): EmbeddedFont }).getFont(fontName, style);
  const metadata = font.metadata;
  if (!metadata?.Unicode?.widths || !metadata.glyIdsUsed) return;
  metadata.Unicode.widths = widthList(metadata.Unicode.widths);
  metadata.glyIdsUsed = usedList(metadata.glyIdsUsed);
}

/** [glyph, [width], glyph, [width], ...] whose indexOf(glyph) is a map look-up. */
function widthList(initial: unknown[]): unknown[] {
  const list: unknown[] = [];
  const positions = new Map<unknown, number>();
  const push = (...items: unknown[]) => {
    for (const item of items) {
      if (typeof item === "number" && !positions.has(item)) positions.set(item, list.length);
      Array.prototype.push.call(list, item);
    }
    return list.length;
  };
  Object.defineProperties(list, {
    indexOf: { value: (value: unknown) => positions.get(value) ?? -1 },
    push: { value: push },
  });
  push(...initial);
  return list;
}

/** Glyph ids, each once. */
function usedList(initial: number[]): number[] {
  const list = [...new Set(initial)];
  const seen = new Set(list);
  Object.defineProperty(list, "push", {
    value: (...ids: number[]) => {
      for (const id of ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        Array.prototype.push.call(list, id);
      }
      return list.length;
    },
  });
  return list;
}
