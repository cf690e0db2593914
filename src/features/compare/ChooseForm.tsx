import { useId, useState, type FormEvent } from "react";
import type { CompareItem } from "../../domain/compare/types";
import { sameCountryKey } from "../../domain/compare/country";
import { scoreAssessment } from "../../domain/scoring/score";
import type { Translate } from "../../i18n/translate";
import type { CompareMessages } from "./messages";
import { ErrorMessage, ErrorSummary } from "../../ui/ErrorSummary";
import { userSlot, WithUserText } from "../../ui/UserText";

interface Props {
  candidates: CompareItem[];
  selectedIds: string[];
  /** An error to show as if the form had been submitted (e.g. bad ids in the URL). */
  error: string | null;
  onCompare: (ids: string[]) => void;
  /** Told after each submit whether the choice had a problem (for the page title). */
  onValidated?: (hasError: boolean) => void;
  t: Translate<CompareMessages>;
}

/** GOV.UK checkboxes, one group per country, validated on "Compare" with an error summary. */
export function ChooseForm({ candidates, selectedIds, error: given, onCompare, onValidated, t }: Props) {
  const id = useId();
  const [checked, setChecked] = useState<string[]>(selectedIds);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const shownError = error ?? given;

  const groups = groupByCountry(candidates);
  const firstBox = `${id}-0-0`;
  const toggle = (assessmentId: string, on: boolean) =>
    setChecked((now) => (on ? [...now, assessmentId] : now.filter((x) => x !== assessmentId)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = candidates.filter((c) => checked.includes(c.assessment.id));
    const countries = [...new Map(chosen.map((c) => [sameCountryKey(c.assessment.country), c.assessment.country])).values()];
    const problem = chosen.length < 2 ? t("errorTooFew") : countries.length > 1 ? t("errorCountries", { countries: countries.join(", ") }) : null;
    setError(problem);
    setAttempt((n) => n + 1);
    onValidated?.(problem !== null);
    if (!problem) onCompare(chosen.map((c) => c.assessment.id));
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={shownError ? [{ fieldId: firstBox, message: shownError }] : []} attempt={attempt} id={`${id}-summary`} takeFocus={error !== null} />
      <div className={`form-group${shownError ? " form-group-error" : ""}`}>
        <fieldset className="fieldset" aria-describedby={`${id}-hint${shownError ? ` ${id}-error` : ""}`}>
          <legend className="fieldset-legend fieldset-legend-m">{t("chooseLegend")}</legend>
          <div className="hint" id={`${id}-hint`}>{t("chooseHint")}</div>
          <ErrorMessage id={`${id}-error`} message={shownError ?? undefined} />
          {groups.map((group, g) => (
            <fieldset key={group.key} className="fieldset compare-country">
              <legend className="fieldset-legend fieldset-legend-s"><bdi>{group.country}</bdi></legend>
              <div className="checkboxes">
                {group.items.map((item, k) => {
                  const a = item.assessment;
                  const boxId = `${id}-${g}-${k}`;
                  const draft = scoreAssessment(item.questionnaire, { perspective: a.perspective, answers: a.answers }).isDraft;
                  return (
                    <div className="checkboxes-item" key={a.id}>
                      <input
                        className="checkboxes-input"
                        id={boxId}
                        name="ids"
                        type="checkbox"
                        value={a.id}
                        checked={checked.includes(a.id)}
                        onChange={(e) => toggle(a.id, e.target.checked)}
                      />
                      <label className="label checkboxes-label" htmlFor={boxId}>
                        <WithUserText sentence={t("candidateLabel", { year: a.year, title: userSlot(0) })} values={[a.title]} />
                        {draft && <> <strong className="tag tag-yellow">{t("draft")}</strong></>}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </fieldset>
      </div>
      <button type="submit" className="button">{t("compareButton")}</button>
    </form>
  );
}

function groupByCountry(candidates: CompareItem[]) {
  const groups = new Map<string, { key: string; country: string; items: CompareItem[] }>();
  for (const c of candidates) {
    const key = sameCountryKey(c.assessment.country);
    const group = groups.get(key) ?? { key, country: c.assessment.country, items: [] };
    group.items.push(c);
    groups.set(key, group);
  }
  for (const g of groups.values()) g.items.sort((a, b) => a.assessment.year - b.assessment.year || (a.assessment.createdAt < b.assessment.createdAt ? -1 : 1));
  return [...groups.values()].sort((a, b) => (a.country < b.country ? -1 : 1));
}
