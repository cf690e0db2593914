// Context questions (scored: false) of the assessment, with their answers: recorded, never scored.
import type { Assessment } from "../../domain/assessment/assessment";
import type { AssessmentResult } from "../../domain/scoring/score";
import { pick } from "../../domain/text";
import { LocalText } from "../../ui/LocalText";
import type { Translate } from "../../i18n/translate";
import { TableScroll } from "../../ui/TableScroll";
import { answerText } from "./answers";
import type { ResultsMessages } from "./messages";

interface Props {
  assessment: Assessment;
  result: AssessmentResult;
  locale: string;
  t: Translate<ResultsMessages>;
}

export function ContextSection({ assessment, result, locale, t }: Props) {
  const rows = result.dimensions.flatMap((d) => d.indicators.filter((r) => !r.scored && r.status !== "outOfScope").map((r) => ({ d, r })));
  if (!rows.length) return null;
  return (
    <section aria-labelledby="context-heading" data-testid="context-questions">
      <h2 className="heading-l" id="context-heading">{t("contextHeading")}</h2>
      <p className="body">{t("contextIntro")}</p>
      <TableScroll label={t("contextCaption")}>
        <table className="table">
          <caption className="visually-hidden">{t("contextCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colQuestion")}</th>
              <th scope="col">{t("colDimension")}</th>
              <th scope="col">{t("colAnswer")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ d, r }) => (
              <tr key={r.indicator.id}>
                <th scope="row">
                  <LocalText text={r.indicator.question} locale={locale} />{" "}
                  <strong className="tag tag-grey">{t("contextTag")}</strong>
                </th>
                <td>{pick(d.dimension.title, locale)}</td>
                <td>{answerText(t, r, assessment, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
