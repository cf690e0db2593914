import { useEffect, useState } from "react";
import { navigate } from "../../app/navigation";
import { formatRoute, type Route } from "../../app/routes";
import type { Assessment } from "../../domain/assessment/assessment";
import { getRepository } from "../../storage";
import { BackLink, Button, Loading, PageHeading, setFlash, usePageTitle, useT, UserText } from "../../ui";
import { startMessages } from "./messages";

export default function DeletePage({ route }: { route: Extract<Route, { name: "delete" }> }) {
  const t = useT(startMessages);
  const [assessment, setAssessment] = useState<Assessment | null | undefined>(undefined);
  usePageTitle(assessment === null ? t("notFoundTitle") : t("deleteTitle"));

  useEffect(() => {
    let live = true;
    void getRepository()
      .then((r) => r.get(route.id))
      .then((found) => live && setAssessment(found.assessment));
    return () => {
      live = false;
    };
  }, [route.id]);

  if (assessment === undefined) return <Loading />;
  if (assessment === null) {
    return (
      <>
        <PageHeading>{t("notFoundTitle")}</PageHeading>
        <p>{t("notFound")}</p>
        <p>
          <a href={formatRoute({ name: "start" })}>{t("startLink")}</a>
        </p>
      </>
    );
  }
  const name = `${assessment.country} ${assessment.year}`;
  const remove = async () => {
    await (await getRepository()).remove(assessment.id);
    setFlash(t("deleted", { name }));
    navigate({ name: "start" }, { replace: true });
  };
  return (
    <>
      <BackLink href={formatRoute({ name: "start" })}>{t("back")}</BackLink>
      <div className="grid-row">
        <div className="grid-two-thirds">
          <PageHeading caption={<UserText>{`${name}${assessment.title ? ` – ${assessment.title}` : ""}`}</UserText>}>{t("deleteTitle")}</PageHeading>
          <div className="warning-text">
            <span className="warning-text-icon" aria-hidden="true">
              !
            </span>
            <strong>
              <span className="visually-hidden">{t("warning")}: </span>
              {t("deleteWarning")}
            </strong>
          </div>
          <div className="button-group">
            <Button type="button" variant="warning" onClick={() => void remove()}>
              {t("deleteButton")}
            </Button>
            <a className="link" href={formatRoute({ name: "start" })}>
              {t("cancel")}
            </a>
          </div>
        </div>
      </div>
    </>
  );
}
