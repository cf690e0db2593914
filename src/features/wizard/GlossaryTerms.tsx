// Definitions of the glossary terms a question uses (its `terms`), in a GOV.UK details
// block below the answer options, so every ministry reads "main" or "regularly" the same way.
import type { Indicator, Questionnaire } from "../../domain/questionnaire/schema";
import { LocalText, useT } from "../../ui";
import { wizardMessages } from "./messages";

export function GlossaryTerms({ questionnaire, indicator }: { questionnaire: Questionnaire; indicator: Indicator }) {
  const t = useT(wizardMessages);
  const entries = (indicator.terms ?? []).flatMap((id) => questionnaire.glossary.filter((g) => g.id === id));
  if (!entries.length) return null;
  return (
    <details className="details" data-testid="glossary">
      <summary>
        <span>{t("glossarySummary")}</span>
      </summary>
      <div className="details-text">
        <dl className="glossary">
          {entries.map((g) => (
            <div key={g.id}>
              <dt><LocalText text={g.term} /></dt>
              <dd><LocalText text={g.definition} /></dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
