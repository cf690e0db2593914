// buildReport: questionnaire + assessment (+ an earlier assessment) -> ReportModel.
// Pure and deterministic: the date is an input, nothing reads the clock.
import type { Assessment, Answer } from "../assessment/assessment";
import { confirmedAnswers } from "../assessment/carry-over";
import { answerAt } from "../assessment/records";
import type { Indicator, Questionnaire } from "../questionnaire/schema";
import { answeredCount, scoreAssessment, SCORING_METHOD, type AssessmentResult, type DimensionResult, type IndicatorResult } from "../scoring/score";
import { pick, RTL_LOCALES } from "../text";
import { translator, type Catalogue, type Translate } from "../../i18n/translate";
import { reportMessages, type ReportMessages } from "./messages";
import { buildChange } from "./change";
import type { ActionGroup, AnnexSection, ArchivedAnswer, ReportGap, ReportModel, ScoreLine } from "./model";
import { formatScore } from "./format";
import { bestOption, indicatorCitations } from "../questionnaire/sources";
import { fullMarksFigure } from "./figures";
import { figureAnswer } from "../number/format";

export interface ReportInput {
  questionnaire: Questionnaire;
  assessment: Assessment;
  previous?: { questionnaire: Questionnaire; assessment: Assessment };
  /** Earlier installed versions of the questionnaire: they name the questions and options of archived answers. */
  earlierVersions?: readonly Questionnaire[];
  /** YYYY-MM-DD, printed on the cover. */
  generatedOn: string;
  locale: string;
  /** The report's labels; the app's catalogue unless a test brings its own. */
  catalogue?: Catalogue<ReportMessages>;
}

type T = Translate<ReportMessages>;

/** How many gaps the summary lists as "Top priorities" (PDF and HTML alike). */
export const TOP_GAPS = 5;

export function buildReport(input: ReportInput): ReportModel {
  const { questionnaire: q, assessment: a, locale } = input;
  const t = translator(input.catalogue ?? reportMessages, locale);
  const labels = Object.fromEntries(
    Object.keys(reportMessages.en).map((k) => [k, t(k as keyof ReportMessages)]),
  ) as ReportMessages;
  const result = scoreAssessment(q, a);
  // Carried-over answers not yet confirmed are not this year's (see ../assessment/carry-over.ts).
  const own = confirmedAnswers(a.answers);
  const scores = result.dimensions.map((d) => scoreLine(d, t, locale));
  const scored = scores.filter((s) => s.score !== null);
  // Ties keep questionnaire order: the first best is strongest, the first worst is weakest.
  const strongest = scored.reduce<ScoreLine | null>((best, s) => (!best || s.score! > best.score! ? s : best), null);
  const weakest = scored.reduce<ScoreLine | null>((worst, s) => (!worst || s.score! < worst.score! ? s : worst), null);
  const gaps = result.gaps.map((g, n) => reportGap(q, answerAt(own, g.indicator.id), g, n + 1, t, locale));
  const { counts } = result;
  const answered = answeredCount(counts);
  const statusParams = { answered, applicable: counts.applicable };

  return {
    locale,
    direction: RTL_LOCALES.includes(locale) ? "rtl" : "ltr",
    labels,
    isDraft: result.isDraft,
    cover: {
      title: t("report.title"),
      subtitle: t("report.subtitle"),
      country: a.country,
      year: a.year,
      perspective: t(`perspective.${a.perspective}`),
      leadMinistry: ministryName(q, a.leadMinistry, locale),
      questionnaire: {
        id: q.id,
        title: pick(q.title, locale),
        version: q.version,
        display: t("cover.questionnaireVersion", { title: pick(q.title, locale), version: q.version }),
      },
      generatedOn: input.generatedOn,
      status: result.isDraft ? t("status.draft", statusParams) : t("status.final", statusParams),
      scoringMethod: t("cover.scoringMethodValue", { method: SCORING_METHOD }),
    },
    summary: {
      overall: overallLine(result, t, locale),
      strongest,
      weakest,
      gapCount: gaps.length,
      coverage: {
        answered,
        dontKnow: counts.dontKnow,
        applicable: counts.applicable,
        ratio: result.coverage,
        display: t("summary.coverageValue", { ...statusParams, dontKnow: counts.dontKnow }),
      },
      change: input.previous ? buildChange(result, a.year, input.previous, t, locale) : null,
    },
    scores,
    gaps,
    actionPlan: groupByMinistry(q, gaps),
    annex: annexSections(result, a, t, locale),
    archived: archivedAnswers(a, [q, ...(input.earlierVersions ?? [])], t, locale),
    glossary: glossaryUsed(q, result, locale),
  };
}

function scoreLine(d: DimensionResult, t: T, locale: string): ScoreLine {
  return {
    dimensionId: d.dimension.id,
    title: pick(d.dimension.title, locale),
    score: d.score,
    display: formatScore(d.score, t("summary.noScore")),
    category: d.category ? pick(d.category.label, locale) : t("empty"),
    answered: answeredCount(d.counts),
    applicable: d.counts.applicable,
  };
}

function overallLine(r: AssessmentResult, t: T, locale: string): ScoreLine {
  return {
    dimensionId: "",
    title: t("scores.overall"),
    score: r.overall,
    display: formatScore(r.overall, t("summary.noScore")),
    category: r.overallCategory ? pick(r.overallCategory.label, locale) : t("empty"),
    answered: answeredCount(r.counts),
    applicable: r.counts.applicable,
  };
}

export function ministryName(q: Questionnaire, id: string, locale: string): string {
  const m = q.ministries.find((x) => x.id === id);
  return m ? pick(m.name, locale) : id;
}

/**
 * The label of the answer as scored: option label, Don't know, Not applicable (reason), Not
 * answered, or, from the status, Not asked / not recognised (whatever answer is stored).
 */
export function answerLabel(r: Pick<IndicatorResult, "indicator" | "status">, answer: Answer | undefined, t: T, locale: string): string {
  const indicator = r.indicator;
  if (r.status === "notAsked") return t("answer.notAsked");
  if (r.status === "invalid") return t("answer.invalid");
  if (r.status === "missing" || r.status === "outOfScope") return t("answer.missing");
  const choice = answer?.choice;
  if (!choice) return t("answer.missing");
  if (choice.kind === "dontKnow") return t("answer.dontKnow");
  if (choice.kind === "notApplicable") return t("answer.notApplicable", { reason: choice.reason });
  if (choice.kind === "number") return figureAnswer(indicator, choice, locale);
  const option = indicator.options.find((o) => o.id === choice.optionId);
  return option ? pick(option.label, locale) : t("answer.missing");
}

function refsText(i: Indicator, t: T): string {
  const parts = [];
  if (i.refs.sdg.length) parts.push(t("refs.sdg", { targets: i.refs.sdg.join(", ") }));
  if (i.refs.gcm.length) parts.push(t("refs.gcm", { objectives: i.refs.gcm.join(", ") }));
  return parts.length ? parts.join("; ") : t("refs.none");
}

function reportGap(q: Questionnaire, answer: Answer | undefined, g: IndicatorResult, rank: number, t: T, locale: string): ReportGap {
  const i = g.indicator;
  // "Full marks" is the best option on the scale (10 on a well-formed questionnaire), or a number's best band.
  const best = bestOption(i);
  const dimension = q.dimensions.find((d) => d.id === i.dimension);
  return {
    rank,
    indicatorId: i.id,
    dimensionTitle: dimension ? pick(dimension.title, locale) : i.dimension,
    question: pick(i.question, locale),
    foundational: i.foundational,
    currentAnswer: answerLabel(g, answer, t, locale),
    fullMarks: best ? pick(best.label, locale) : fullMarksFigure(i, locale, t),
    action: pick(i.action, locale),
    leadMinistryId: i.leadMinistry,
    leadMinistry: ministryName(q, i.leadMinistry, locale),
    sdg: [...i.refs.sdg],
    gcm: [...i.refs.gcm],
    refs: refsText(i, t),
    sources: indicatorCitations(q, i, locale),
    lostPoints: g.lostPoints,
  };
}

/** Groups in the order of the questionnaire's ministry list; gaps keep their priority order inside a group. */
function groupByMinistry(q: Questionnaire, gaps: ReportGap[]): ActionGroup[] {
  const order = new Map(q.ministries.map((m, n) => [m.id, n]));
  const groups = new Map<string, ActionGroup>();
  for (const g of gaps) {
    let group = groups.get(g.leadMinistryId);
    if (!group) groups.set(g.leadMinistryId, (group = { ministryId: g.leadMinistryId, ministry: g.leadMinistry, items: [] }));
    group.items.push({ rank: g.rank, indicatorId: g.indicatorId, question: g.question, action: g.action });
  }
  return [...groups.values()].sort((x, y) => (order.get(x.ministryId) ?? Infinity) - (order.get(y.ministryId) ?? Infinity));
}

/** Every question in scope (perspective, parents that apply), answered or not, in questionnaire order. */
function annexSections(r: AssessmentResult, a: Assessment, t: T, locale: string): AnnexSection[] {
  return r.dimensions
    .map((d) => ({
      dimensionId: d.dimension.id,
      title: pick(d.dimension.title, locale),
      questions: d.indicators
        .filter((ir) => ir.status !== "outOfScope")
        .map((ir) => {
          const answer = answerAt(a.answers, ir.indicator.id);
          // Last year's answer, not yet confirmed: neither this year's answer nor last year's names.
          const carried = answer?.carriedOver;
          return {
            indicatorId: ir.indicator.id,
            context: !ir.scored,
            question: pick(ir.indicator.question, locale),
            answer: carried ? t("answer.carriedOver", { year: carried.fromYear }) : answerLabel(ir, answer, t, locale),
            evidence: carried ? "" : (answer?.evidence ?? ""),
            comment: carried ? "" : (answer?.comment ?? ""),
            answeredBy: carried ? "" : (answer?.answeredBy ?? ""),
          };
        }),
    }))
    .filter((s) => s.questions.length > 0);
}

/**
 * The archive, in the order it was filled. Each answer is named by the newest version that
 * has its question and offers its option (an answer archived for its option is read with
 * the version it was given on); without one, by its id and raw answer.
 */
function archivedAnswers(a: Assessment, versions: readonly Questionnaire[], t: T, locale: string): ArchivedAnswer[] {
  const newestFirst = [...versions].filter((v) => v.id === a.questionnaire.id).sort((x, y) => y.version - x.version);
  return Object.entries(a.archive).map(([key, answer]) => {
    const id = key.replace(/\.v\d+(-\d+)?$/, "");
    const choice = answer.choice;
    const fits = (i: Indicator) => (choice.kind === "option" ? i.options.some((o) => o.id === choice.optionId) : choice.kind !== "number" || i.kind === "number");
    const indicator = newestFirst.map((v) => v.indicators.find((i) => i.id === key) ?? v.indicators.find((i) => i.id === id)).find((i) => i && fits(i));
    return {
      key,
      question: indicator ? pick(indicator.question, locale) : key,
      answer: archivedChoiceText(answer, indicator, t, locale),
      evidence: answer.evidence,
      comment: answer.comment,
      answeredBy: answer.answeredBy,
    };
  });
}

function archivedChoiceText(answer: Answer, indicator: Indicator | undefined, t: T, locale: string): string {
  const c = answer.choice;
  if (c.kind === "dontKnow") return t("answer.dontKnow");
  if (c.kind === "notApplicable") return t("answer.notApplicable", { reason: c.reason });
  if (c.kind === "number") return indicator?.kind === "number" ? figureAnswer(indicator, c, locale) : `${c.value} (${c.year})`;
  const option = indicator?.options.find((o) => o.id === c.optionId);
  return option ? pick(option.label, locale) : c.optionId;
}

/** Glossary entries named by the questions in the annex (those in scope), in glossary order. */
function glossaryUsed(q: Questionnaire, r: AssessmentResult, locale: string): ReportModel["glossary"] {
  const used = new Set(r.dimensions.flatMap((d) => d.indicators.filter((ir) => ir.status !== "outOfScope").flatMap((ir) => ir.indicator.terms ?? [])));
  return q.glossary.filter((g) => used.has(g.id)).map((g) => ({ id: g.id, term: pick(g.term, locale), definition: pick(g.definition, locale) }));
}
