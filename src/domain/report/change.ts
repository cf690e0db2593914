// Change since an earlier assessment: dimensions are matched by id. A dimension that
// is new, retired or unscored on either side shows "Not comparable".
import type { Assessment } from "../assessment/assessment";
import type { Questionnaire } from "../questionnaire/schema";
import { scoreAssessment, type AssessmentResult } from "../scoring/score";
import { pick } from "../text";
import type { Translate } from "../../i18n/translate";
import type { ReportMessages } from "./messages";
import type { ChangeLine, ReportChange } from "./model";
import { formatChangeScore, formatDelta } from "./format";

export function buildChange(
  current: AssessmentResult,
  currentYear: number,
  previous: { questionnaire: Questionnaire; assessment: Assessment },
  t: Translate<ReportMessages>,
  locale: string,
): ReportChange {
  const before = scoreAssessment(previous.questionnaire, previous.assessment);
  const beforeById = new Map(before.dimensions.map((d) => [d.dimension.id, d.score]));
  const line = (dimensionId: string, title: string, prev: number | null, cur: number | null): ChangeLine => ({
    dimensionId,
    title,
    previous: prev,
    current: cur,
    delta: prev === null || cur === null ? null : cur - prev,
    deltaDisplay: formatDelta(prev, cur, t("change.notComparable"), locale),
    previousDisplay: formatChangeScore(prev, t("empty"), locale),
    currentDisplay: formatChangeScore(cur, t("empty"), locale),
  });
  return {
    previousYear: previous.assessment.year,
    currentYear,
    overall: line("", t("scores.overall"), before.overall, current.overall),
    dimensions: current.dimensions.map((d) =>
      line(d.dimension.id, pick(d.dimension.title, locale), beforeById.get(d.dimension.id) ?? null, d.score),
    ),
  };
}
