// Readable citations and the best option of a scale, from a validated questionnaire.
import type { AnswerOption, Citation, Indicator, Questionnaire } from "./schema";
import { pick } from "../text";

/** "<source short>, <section>", e.g. "GFMD Brussels 2007, Roundtable 3, session 3.2". */
export function citationText(q: Questionnaire, citation: Citation, locale: string): string {
  const source = q.sources.find((s) => s.id === citation.source);
  const short = source ? pick(source.short, locale) : citation.source;
  const section = pick(citation.section, locale);
  return section ? `${short}, ${section}` : short;
}

export function indicatorCitations(q: Questionnaire, indicator: Indicator, locale: string): string[] {
  return indicator.sources.map((c) => citationText(q, c, locale));
}

/** The option with the highest score (full marks on a valid scored question); none on a context or number question. */
export function bestOption(indicator: Indicator): AnswerOption | undefined {
  let best: AnswerOption | undefined;
  for (const o of indicator.options) if (o.score !== undefined && (!best || o.score > best.score!)) best = o;
  return best;
}
