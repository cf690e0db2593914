// Shown instead of the page while questions changed here and in another tab wait for the
// user's choice: both answers side by side, "keep mine" or "take theirs" for each.
import { AnswerConflicts } from "../../ui/AnswerConflicts";
import { PageHeading, usePageTitle, useT } from "../../ui";
import { wizardMessages } from "./messages";
import type { WizardContext, WizardEvent } from "./wizardMachine";

export function ConflictView({ context, send }: { context: WizardContext; send: (e: WizardEvent) => void }) {
  const t = useT(wizardMessages);
  usePageTitle(t("conflictTitle"));
  return (
    <div className="grid-row">
      <div className="grid-two-thirds">
        <PageHeading>{t("conflictTitle")}</PageHeading>
        <p className="body">{t("conflictIntro")}</p>
        <AnswerConflicts
          // A new set of conflicts starts a new form (every choice back to "mine").
          key={context.conflicts.map((c) => c.indicatorId).join(" ")}
          questionnaire={context.questionnaire}
          conflicts={context.conflicts}
          idPrefix="conflict"
          mineLabel={t("conflictMine")}
          theirsLabel={t("conflictTheirs")}
          submitLabel={t("conflictApply")}
          onSubmit={(choices) => send({ type: "conflicts.resolve", choices, now: new Date().toISOString() })}
        />
      </div>
    </div>
  );
}
