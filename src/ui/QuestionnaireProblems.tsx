import type { QuestionnaireProblem } from "../domain/questionnaire/validate";
import { PageHeading, usePageTitle } from "./PageHeading";
import { useT } from "./locale";
import { UserText } from "./UserText";

const messages = {
  en: {
    title: "The questionnaire cannot be used",
    intro: "The questionnaire file {file} has problems, so the tool cannot show its questions. Nothing you saved has been changed.",
    fix: "Ask whoever maintains this copy of the tool to correct the file. The problems found were:",
  },
  fr: {
    title: "Le questionnaire ne peut pas être utilisé",
    intro: "Le fichier de questionnaire {file} contient des erreurs : l'outil ne peut pas afficher ses questions. Rien de ce que vous avez enregistré n'a été modifié.",
    fix: "Demandez à la personne qui gère cette copie de l'outil de corriger le fichier. Problèmes trouvés :",
  },
};

/** Error page shown when a questionnaire file fails validation on load. */
export function QuestionnaireProblems({ file, problems }: { file: string; problems: QuestionnaireProblem[] }) {
  const t = useT(messages);
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
