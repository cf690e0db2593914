// Section merge: choose the assessment to receive the answers and the sections to take,
// then "keep mine" / "take theirs" for each question both answered differently; save.
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { Assessment } from "../../domain/assessment/assessment";
import { applySectionMerge, planSectionMerge, type MergeChoice, type SectionMergePlan } from "../../domain/document/section-merge";
import type { Questionnaire } from "../../domain/questionnaire/schema";
import { pick } from "../../domain/text";
import { AnswerConflicts } from "../../ui/AnswerConflicts";
import { getRepository } from "../../storage";
import { Button, ErrorSummary, PageHeading, Radios, useLocale, usePageTitle, useT, UserText } from "../../ui";
import { transferMessages } from "./messages";
import { saveProblem, type Done } from "./saveProblem";
import { conflictsOf, sectionsWithAnswers } from "./transfer";

interface Props {
  incoming: Assessment;
  questionnaire: Questionnaire;
  targets: Assessment[];
  onDone: (d: Done) => void;
  onCancel: () => void;
}

export function MergeSteps(props: Props) {
  const [chosen, setChosen] = useState<{ target: Assessment; plan: SectionMergePlan } | null>(null);
  return chosen ? <Conflicts {...props} target={chosen.target} plan={chosen.plan} /> : <ChooseSections {...props} onPlan={(target, plan) => setChosen({ target, plan })} />;
}

function ChooseSections({ incoming, questionnaire, targets, onPlan, onCancel }: Props & { onPlan: (t: Assessment, p: SectionMergePlan) => void }) {
  const t = useT(transferMessages);
  const { locale } = useLocale();
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const form = useForm<{ target: string; sections: string[] }>({ defaultValues: { target: targets.length === 1 ? targets[0]!.id : "", sections: [] } });
  const target = form.watch("target");
  usePageTitle(t("merge.title"), errors.length > 0);
  const sections = sectionsWithAnswers(questionnaire, incoming);

  const onSubmit = form.handleSubmit(({ target, sections: chosen }) => {
    setAttempt((n) => n + 1);
    const found = targets.find((a) => a.id === target);
    const list = Array.isArray(chosen) ? chosen : chosen ? [chosen] : [];
    const problems = [
      ...(found ? [] : [{ fieldId: "merge-target", message: t("merge.chooseTarget") }]),
      ...(list.length ? [] : [{ fieldId: `merge-section-${sections[0] ?? ""}`, message: t("merge.chooseSections") }]),
    ];
    if (problems.length || !found) return setErrors(problems);
    const planned = planSectionMerge(found, incoming, questionnaire, list);
    if (!planned.ok) return setErrors([{ fieldId: "merge-target", message: t("merge.refused", { reason: planned.message }) }]);
    onPlan(found, planned.plan);
  });
  const sectionError = errors.find((e) => e.fieldId.startsWith("merge-section"))?.message;

  return (
    <>
      <ErrorSummary problems={errors} attempt={attempt} />
      <PageHeading>{t("merge.title")}</PageHeading>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Radios
          idPrefix="merge-target"
          legend={t("merge.target")}
          registration={form.register("target")}
          checkedValue={target}
          error={errors.find((e) => e.fieldId === "merge-target")?.message}
          options={targets.map((a) => ({
            value: a.id,
            label: (
              <>
                <UserText>{a.country}</UserText> {a.year} – <UserText>{a.title}</UserText>
              </>
            ),
          }))}
        />
        <div className={`form-group${sectionError ? " form-group-error" : ""}`}>
          <fieldset className="fieldset" aria-describedby="merge-sections-hint">
            <legend className="fieldset-legend fieldset-legend-m">{t("merge.sections")}</legend>
            <div className="hint" id="merge-sections-hint">
              {t("merge.sectionsHint")}
            </div>
            {sectionError ? <p className="error-message">{sectionError}</p> : null}
            <div className="checkboxes">
              {sections.map((id) => (
                <div className="checkboxes-item" key={id}>
                  <input className="checkboxes-input" type="checkbox" id={`merge-section-${id}`} value={id} {...form.register("sections")} />
                  <label className="label checkboxes-label" htmlFor={`merge-section-${id}`}>
                    {pick(questionnaire.dimensions.find((d) => d.id === id)?.title, locale)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="button-group">
          <Button type="submit">{t("import.continue")}</Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("import.cancel")}
          </Button>
        </div>
      </form>
    </>
  );
}

function Conflicts({ questionnaire, target, plan, onDone, onCancel }: Props & { target: Assessment; plan: SectionMergePlan }) {
  const t = useT(transferMessages);
  const [error, setError] = useState<string | null>(null);
  const conflicts = conflictsOf(plan.items);
  usePageTitle(t("merge.conflictsTitle"), !!error);

  const onSubmit = async (choices: Record<string, MergeChoice>) => {
    const repository = await getRepository();
    const result = await repository.save(applySectionMerge(target, plan, choices));
    const problem = saveProblem(result, t);
    if (problem || !result.ok) return setError(problem);
    onDone({ kind: "merged", assessment: result.assessment });
  };

  return (
    <>
      <ErrorSummary problems={error ? [{ fieldId: "merge-apply", message: error }] : []} />
      <PageHeading>{t("merge.conflictsTitle")}</PageHeading>
      <p className="body">{conflicts.length ? t("merge.conflictsIntro") : t("merge.noConflicts")}</p>
      <AnswerConflicts
        questionnaire={questionnaire}
        conflicts={conflicts}
        idPrefix="merge"
        mineLabel={t("merge.keepMine")}
        theirsLabel={t("merge.takeTheirs")}
        submitLabel={t("merge.apply")}
        onSubmit={onSubmit}
      >
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("import.cancel")}
        </Button>
      </AnswerConflicts>
    </>
  );
}
