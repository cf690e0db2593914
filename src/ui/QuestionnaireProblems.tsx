import type { QuestionnaireProblem } from "../domain/questionnaire/validate";
import { PageHeading, usePageTitle } from "./PageHeading";
import { useT } from "./locale";
import { questionnaireProblemMessages } from "./questionnaireProblems.messages";
import { UserText } from "./UserText";

/** Error page shown when a questionnaire file fails validation on load. */
export function QuestionnaireProblems({ file, problems }: { file: string; problems: QuestionnaireProblem[] }) {
  const t = useT(questionnaireProblemMessages);
  usePageTitle(t("title"));
  return (
    <>
      <PageHeading>{t("title")}</PageHeading>
      <p>{t("intro", { file })}</p>
      <p>{t("fix")}</p>
      <ul className="list">
        {problems.slice(0, 50).map((p, i) => (
          <li key={i}>
            <strong>
              <UserText>{p.where}</UserText>
            </strong>
            : <UserText>{p.message}</UserText>
          </li>
        ))}
      </ul>
    </>
  );
}
