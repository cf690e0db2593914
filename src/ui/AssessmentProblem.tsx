// The page shown instead of an assessment that cannot be opened: not saved in this
// browser, saved but unreadable, or its questionnaire is missing or invalid.
import type { Problem } from "../domain/document/problems";
import type { QuestionnaireProblem } from "../domain/questionnaire/validate";
import { useT } from "./locale";
import { PageHeading, usePageTitle } from "./PageHeading";
import { assessmentProblemMessages } from "./assessmentProblem.messages";
import { QuestionnaireProblems } from "./QuestionnaireProblems";
import { formatRoute } from "../routing/routes";
import { UserText } from "./UserText";

/** Why an assessment cannot be opened (the failed cases of src/storage/loadAssessment.ts). */
export type UnopenedAssessment =
  | { kind: "notFound"; problems?: Problem[] | undefined }
  | { kind: "badQuestionnaire"; file: string; problems: QuestionnaireProblem[] };

export function AssessmentProblem({ load }: { load: UnopenedAssessment }) {
  if (load.kind === "badQuestionnaire") return <QuestionnaireProblems file={load.file} problems={load.problems} />;
  return <NotFound problems={load.problems} />;
}

function NotFound({ problems }: { problems?: { where: string; message: string }[] | undefined }) {
  const t = useT(assessmentProblemMessages);
  usePageTitle(t("title"));
  return (
    <>
      <PageHeading>{t("title")}</PageHeading>
      {problems ? (
        <>
          <p>{t("unreadable")}</p>
          <ul className="list">
            {problems.map((p, i) => (
              <li key={i}>
                <UserText>{`${p.where}: ${p.message}`}</UserText>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("notFound")}</p>
      )}
      <p>
        <a href={formatRoute({ name: "start" })}>{t("startLink")}</a>
      </p>
    </>
  );
}
