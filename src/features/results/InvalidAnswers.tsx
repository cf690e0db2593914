// Stored answers the questionnaire does not offer (a hand-edited file, say): kept in the
// assessment, counted as unanswered, and listed here so someone answers them again.
import type { AssessmentResult } from "../../domain/scoring/score";
import { LocalText } from "../../ui/LocalText";
import type { Translate } from "../../i18n/translate";
import type { ResultsMessages } from "./messages";

interface Props {
  result: AssessmentResult;
  locale: string;
  t: Translate<ResultsMessages>;
  questionHref: (dimensionId: string, indicatorId: string) => string;
}

export function InvalidAnswers({ result, locale, t, questionHref }: Props) {
  if (!result.invalid.length) return null;
  return (
    <div className="inset-text" data-testid="invalid-answers">
      <h2 className="heading-s">{t("invalidHeading")}</h2>
      <p className="body">{t("invalidText")}</p>
      <ul className="list">
        {result.invalid.map((r) => (
          <li key={r.indicator.id}>
            <a className="link" href={questionHref(r.indicator.dimension, r.indicator.id)}>
              <LocalText text={r.indicator.question} locale={locale} />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
